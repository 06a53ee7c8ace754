package org.corroborate.service.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.account.Account;
import org.corroborate.model.account.AccountRole;
import org.corroborate.model.account.Invitation;
import org.corroborate.model.organization.Organization;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.organization.NewOrganization;
import org.corroborate.service.organization.OrganizationRepository;
import org.corroborate.service.schema.StartupLock;
import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Accounts of member organizations: signing in, invitations, deactivation, passwords, the first platform admin
 * and the demo accounts. Each public method is one transaction; every change is in the audit trail (the time of
 * the last sign-in is bookkeeping, not audited). Passwords and one-time tokens never reach a log or the trail.
 */
@Stateless
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    /** The password of every demo account; the README lists the accounts. Never used outside the demo data. */
    public static final String DEMO_PASSWORD = "demo-password-2026";

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    StartupLock startupLock;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    /** What a call to {@link #bootstrapPlatformAdmin} did. */
    public enum BootstrapOutcome {
        CREATED, PLATFORM_ADMIN_EXISTS, NO_PASSWORD_CONFIGURED, USERNAME_TAKEN
    }

    // ---- signing in -------------------------------------------------------------------------------------------

    /**
     * Checks a user name and password. Empty when the name is unknown, the password wrong or the account
     * deactivated (the caller cannot tell which, and each takes the time of one hash check).
     */
    public Optional<SignedInAccount> signIn(@NotNull Reader actor, String username, String password) {
        String name = normalize(username);
        Optional<Account> found = name.isEmpty() ? Optional.empty() : byUsername(name);
        if (found.isEmpty()) {
            passwords.spendTimeOfOneCheck(password);
            return Optional.empty();
        }
        Account account = found.get();
        if (!passwords.matches(password, account.getPasswordHash()) || !account.isActive()) {
            return Optional.empty();
        }
        account.signedIn(Instant.now());
        return Optional.of(signedIn(account));
    }

    /** The account behind a session, while it is still active. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SignedInAccount> stillActive(@NotNull Reader actor, long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId)).filter(Account::isActive).map(Accounts::signedIn);
    }

    /** The account by user name, while it is active (for callers the container authenticated by name). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SignedInAccount> activeByUsername(@NotNull Reader actor, String username) {
        return byUsername(normalize(username)).filter(Account::isActive).map(Accounts::signedIn);
    }

    /** The reader's own account. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AccountView me(@NotNull Reader actor) {
        Permissions.requireSignedIn(actor);
        return view(account(actor.accountId().orElseThrow()));
    }

    /** Changes the reader's own password, after checking the current one. */
    public void changePassword(@NotNull Reader actor, String currentPassword, String newPassword) {
        Permissions.requireSignedIn(actor);
        Account account = account(actor.accountId().orElseThrow());
        if (!passwords.matches(currentPassword, account.getPasswordHash())) {
            throw InvalidInputException.of(Accounts.class, "password.currentWrong");
        }
        PasswordRules.problem(newPassword, account.getUsername()).ifPresent(key -> {
            throw InvalidInputException.of(Accounts.class, key, PasswordRules.MIN_LENGTH);
        });
        account.changePasswordHash(passwords.hash(newPassword));
        audit.record(actor, account.getOrganization().getSlug(), "account.passwordChanged", "account", account.getId(),
                "Password of " + account.getUsername() + " changed", null, null);
    }

    // ---- members ------------------------------------------------------------------------------------------------

    /** The accounts of an organization, for its admins and platform admins. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AccountView> members(@NotNull Reader actor, @NotNull String organizationSlug) {
        Permissions.requireAdminOf(actor, organizationSlug);
        return em.createNamedQuery("Account.ofOrganization", Account.class).setParameter("slug", organizationSlug)
                .getResultStream().map(Accounts::view).toList();
    }

    /** Deactivates a member: they can no longer sign in, and their sessions and API tokens stop working. */
    public AccountView deactivate(@NotNull Reader actor, long accountId) {
        return setActive(actor, accountId, false);
    }

    public AccountView reactivate(@NotNull Reader actor, long accountId) {
        return setActive(actor, accountId, true);
    }

    private AccountView setActive(Reader actor, long accountId, boolean active) {
        Permissions.requireSignedIn(actor);
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            // the same refusal as for another organization's member: no probing for ids
            throw NotPermittedException.of(Accounts.class, "member.notYours");
        }
        String slug = account.getOrganization().getSlug();
        if (!actor.isPlatformAdmin() && !(actor.hasRole(Role.ORG_ADMIN) && actor.belongsTo(slug))) {
            throw NotPermittedException.of(Accounts.class, "member.notYours");
        }
        if (actor.accountId().filter(id -> id == accountId).isPresent()) {
            throw InvalidInputException.of(Accounts.class, "member.notYourself");
        }
        if (account.isActive() == active) {
            return view(account);
        }
        if (active) {
            account.reactivate();
        } else {
            account.deactivate();
        }
        audit.record(actor, slug, active ? "account.reactivated" : "account.deactivated", "account", account.getId(),
                (active ? "Reactivated " : "Deactivated ") + account.getUsername(),
                Map.of("active", !active), Map.of("active", active));
        return view(account);
    }

    // ---- invitations ------------------------------------------------------------------------------------------

    /**
     * Invites someone to join the organization with these roles. The returned token is the only copy: it goes
     * into the link the admin hands over. Only platform admins may grant the platform admin role.
     */
    public IssuedInvitation invite(@NotNull Reader actor, @NotNull String organizationSlug, Set<Role> roles) {
        Permissions.requireAdminOf(actor, organizationSlug);
        if (roles == null || roles.isEmpty()) {
            throw InvalidInputException.of(Accounts.class, "invite.noRole");
        }
        if (roles.contains(Role.PLATFORM_ADMIN) && !actor.isPlatformAdmin()) {
            throw NotPermittedException.of(Accounts.class, "invite.platformAdmin");
        }
        Organization organization = organization(organizationSlug);
        String token = Secrets.randomToken();
        Account invitedBy = actor.accountId().map(id -> em.find(Account.class, id)).orElse(null);
        Instant now = Instant.now();
        Invitation invitation = new Invitation(Secrets.sha256(token), organization, toModel(roles), invitedBy, now);
        em.persist(invitation);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("organization", organizationSlug);
        after.put("roles", sorted(roles));
        after.put("expiresAt", invitation.getExpiresAt().toString());
        audit.record(actor, organizationSlug, "invitation.created", "invitation", invitation.getId(),
                "Invitation to " + organizationSlug + " as " + sorted(roles), null, after);
        return new IssuedInvitation(invitation.getId(), token, organizationSlug, Set.copyOf(roles), invitation.getExpiresAt());
    }

    /** The invitation behind a link, while it can still be accepted. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<InvitationView> invitation(@NotNull Reader actor, String token) {
        return openInvitation(token).map(i -> new InvitationView(i.getOrganization().getSlug(),
                i.getOrganization().getName(), fromModel(i.getRoles()), i.getExpiresAt()));
    }

    /** Accepts an invitation: creates the account and uses the invitation up. Refuses expired or used links. */
    public AccountView accept(@NotNull Reader actor, String token, @NotNull @Valid NewMember member) {
        Invitation invitation = openInvitation(token)
                .orElseThrow(() -> InvalidInputException.of(Accounts.class, "invitation.closed"));
        String username = normalize(member.username());
        if (!username.matches(Account.USERNAME_PATTERN)) {
            throw InvalidInputException.of(Accounts.class, "username.shape");
        }
        if (byUsername(username).isPresent()) {
            throw InvalidInputException.of(Accounts.class, "username.taken", username);
        }
        PasswordRules.problem(member.password(), username).ifPresent(key -> {
            throw InvalidInputException.of(Accounts.class, key, PasswordRules.MIN_LENGTH);
        });
        Account account = new Account(username, member.displayName(), invitation.getOrganization(),
                passwords.hash(member.password()), invitation.getRoles());
        em.persist(account);
        Instant now = Instant.now();
        invitation.usedBy(account, now);
        em.flush();
        Reader newcomer = Reader.account(account.getId(), username, account.getOrganization().getSlug(),
                fromModel(account.getRoles())).via(actor.channel());
        audit.record(newcomer, account.getOrganization().getSlug(), "account.created", "account", account.getId(),
                "Account " + username + " created from invitation " + invitation.getId(), null, auditState(account));
        return view(account);
    }

    private Optional<Invitation> openInvitation(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return em.createNamedQuery("Invitation.findByTokenHash", Invitation.class)
                .setParameter("hash", Secrets.sha256(token.strip()))
                .getResultStream().findFirst().filter(i -> i.isOpenAt(now));
    }

    // ---- organizations, for platform admins ---------------------------------------------------------------------

    /** Adds a member organization; only platform admins may. Its first admin is then invited from the members page. */
    public OrganizationRef addOrganization(@NotNull Reader actor, @NotNull @Valid NewOrganization command) {
        Permissions.requireRole(actor, Role.PLATFORM_ADMIN);
        if (organizations.findBySlug(command.slug()).isPresent()) {
            throw InvalidInputException.of(Accounts.class, "organization.slugTaken", command.slug());
        }
        Organization organization = new Organization(command.slug(), command.name());
        organization.describe(command.shortName(), command.country(), command.website(), command.description());
        organizations.add(organization);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("slug", command.slug());
        after.put("name", command.name());
        if (command.shortName() != null) {
            after.put("shortName", command.shortName());
        }
        audit.record(actor, command.slug(), "organization.created", "organization", organization.getId(),
                "Organization " + command.slug() + " created", null, after);
        return OrganizationRef.of(organization);
    }

    // ---- the first platform admin and the demo accounts -------------------------------------------------------

    /**
     * Creates the first platform admin, in its organization (created when missing), unless a platform admin
     * exists already. Called at start-up with the configured user name and password.
     */
    public BootstrapOutcome bootstrapPlatformAdmin(@NotNull Reader actor, String username, String password,
                                                   String organizationSlug, String organizationName) {
        // nodes starting side by side: one creates the first admin, the others then find it
        startupLock.holdUntilCommit();
        if (countWithRole(AccountRole.PLATFORM_ADMIN) > 0) {
            return BootstrapOutcome.PLATFORM_ADMIN_EXISTS;
        }
        if (password == null || password.isBlank()) {
            return BootstrapOutcome.NO_PASSWORD_CONFIGURED;
        }
        String name = normalize(username);
        if (!name.matches(Account.USERNAME_PATTERN)) {
            throw InvalidInputException.of(Accounts.class, "username.shape");
        }
        if (byUsername(name).isPresent()) {
            return BootstrapOutcome.USERNAME_TAKEN;
        }
        PasswordRules.problem(password, name).ifPresent(key -> {
            throw InvalidInputException.of(Accounts.class, key, PasswordRules.MIN_LENGTH);
        });
        Organization organization = organizations.findBySlug(organizationSlug).orElseGet(() -> {
            Organization created = organizations.add(new Organization(organizationSlug, organizationName));
            em.flush();
            audit.record(actor, organizationSlug, "organization.created", "organization", created.getId(),
                    "Organization " + organizationSlug + " created for the first platform admin", null,
                    Map.of("slug", organizationSlug, "name", organizationName));
            return created;
        });
        Account admin = new Account(name, "Platform admin", organization, passwords.hash(password),
                EnumSet.of(AccountRole.PLATFORM_ADMIN, AccountRole.ORG_ADMIN, AccountRole.EDITOR, AccountRole.CONTRIBUTOR));
        em.persist(admin);
        em.flush();
        audit.record(actor, organizationSlug, "account.created", "account", admin.getId(),
                "First platform admin " + name + " created from configuration", null, auditState(admin));
        return BootstrapOutcome.CREATED;
    }

    /**
     * Creates the demo accounts of these organizations ({@code <slug>-contributor}, {@code <slug>-editor},
     * {@code <slug>-admin}, password {@value #DEMO_PASSWORD}). Called by the demo loader inside its own
     * transaction, so that they exist exactly when the demo data does. The password is hashed once and the hash
     * shared, to keep start-up quick: these accounts share a published password anyway.
     *
     * @return the user names created
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<String> createDemoAccounts(@NotNull Reader actor, @NotNull Collection<String> organizationSlugs) {
        long started = System.nanoTime();
        String hash = passwords.hash(DEMO_PASSWORD);
        long hashMillis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Set<AccountRole>> kinds = new LinkedHashMap<>();
        kinds.put("contributor", EnumSet.of(AccountRole.CONTRIBUTOR));
        kinds.put("editor", EnumSet.of(AccountRole.EDITOR));
        kinds.put("admin", EnumSet.of(AccountRole.ORG_ADMIN, AccountRole.EDITOR, AccountRole.CONTRIBUTOR));
        List<String> created = new java.util.ArrayList<>();
        for (String slug : organizationSlugs) {
            Organization organization = organization(slug);
            for (Map.Entry<String, Set<AccountRole>> kind : kinds.entrySet()) {
                String username = slug + "-" + kind.getKey();
                if (byUsername(username).isPresent()) {
                    continue;
                }
                em.persist(new Account(username, organization.getDisplayName() + " " + kind.getKey(), organization, hash, kind.getValue()));
                created.add(username);
            }
        }
        em.flush();
        audit.record(actor, null, "accounts.demoCreated", "account", null,
                created.size() + " demo accounts created", null, Map.of("usernames", created));
        LOG.info(() -> created.size() + " demo accounts created (password hashed once, in " + hashMillis + " ms).");
        return created;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private long countWithRole(AccountRole role) {
        return em.createNamedQuery("Account.countWithRole", Long.class).setParameter("role", role).getSingleResult();
    }

    private Optional<Account> byUsername(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    private Account account(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw NotPermittedException.of(Accounts.class, "account.unknown");
        }
        return account;
    }

    private Organization organization(String slug) {
        return organizations.findBySlug(slug)
                .orElseThrow(() -> InvalidInputException.of(Accounts.class, "organization.unknown", slug));
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static Set<Role> fromModel(Set<AccountRole> roles) {
        EnumSet<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(r -> result.add(Role.valueOf(r.name())));
        return result;
    }

    static Set<AccountRole> toModel(Set<Role> roles) {
        EnumSet<AccountRole> result = EnumSet.noneOf(AccountRole.class);
        roles.forEach(r -> result.add(AccountRole.valueOf(r.name())));
        return result;
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    static SignedInAccount signedIn(Account a) {
        return new SignedInAccount(a.getId(), a.getUsername(), a.getDisplayName(), a.getOrganization().getSlug(),
                a.getOrganization().getDisplayName(), fromModel(a.getRoles()));
    }

    static AccountView view(Account a) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getOrganization().getSlug(),
                a.getOrganization().getDisplayName(), fromModel(a.getRoles()), a.isActive(), a.getCreatedAt(),
                a.getLastSignInAt());
    }

    /** What the audit trail keeps of an account: never its password hash. */
    private static Map<String, Object> auditState(Account a) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", a.getUsername());
        state.put("displayName", a.getDisplayName());
        state.put("organization", a.getOrganization().getSlug());
        state.put("roles", a.getRoles().stream().map(Enum::name).sorted().collect(Collectors.toList()));
        state.put("active", a.isActive());
        return state;
    }
}
