package org.corroborate.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.corroborate.model.organization.Organization;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.corroborate.model.shared.VisibleText;

/**
 * A person's account: one organization, some roles, a password kept only as a PBKDF2 hash. A deactivated
 * account cannot sign in, and its API tokens stop working.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.ofOrganization",
        query = "SELECT a FROM Account a WHERE a.organization.slug = :slug ORDER BY a.username")
@NamedQuery(name = "Account.countWithRole",
        query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role")
public class Account {

    /** Lowercase letters, digits, dots, hyphens and underscores; 3 to 60 characters, starting with a letter or digit. */
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,59}";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    /** The platform's PBKDF2 hash ("PBKDF2WithHmacSHA256:iterations:salt:hash"); never the password. */
    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, Organization organization, String passwordHash, Set<AccountRole> roles) {
        this.username = Objects.requireNonNull(username, "username");
        if (!username.matches(USERNAME_PATTERN)) {
            throw new IllegalArgumentException("User name \"" + username + "\" may hold only lowercase letters, digits, dots, hyphens and underscores (3 to 60).");
        }
        this.displayName = VisibleText.isBlank(displayName) ? username : displayName.strip();
        this.organization = Objects.requireNonNull(organization, "organization");
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role.");
        }
        this.roles = EnumSet.copyOf(roles);
        this.active = true;
        this.createdAt = Instant.now();
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "password hash");
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public void signedIn(Instant at) {
        this.lastSignInAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<AccountRole> getRoles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(AccountRole.class) : EnumSet.copyOf(roles));
    }

    public boolean hasRole(AccountRole role) {
        return roles.contains(role);
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Account that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "Account[" + username + "]";
    }
}
