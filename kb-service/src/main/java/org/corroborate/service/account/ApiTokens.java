package org.corroborate.service.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.account.Account;
import org.corroborate.model.account.ApiToken;
import org.corroborate.model.shared.StorableText;
import org.corroborate.model.shared.VisibleText;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Reader;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Personal API tokens for scripts ({@code Authorization: Bearer cbt_…}). A token acts as its account, with the
 * same roles and the same checks as the pages. Only the SHA-256 hash is stored; the text is returned once.
 */
@Stateless
public class ApiTokens {

    /** How often the "last used" time is written, at most: a script's every call need not write to the database. */
    private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);
    public static final int MAX_NAME = 100;
    /** How many tokens an account may hold that are not revoked. */
    public static final int MAX_ACTIVE = 20;

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Creates a token for the reader's own account, without expiry; its text is in the answer and nowhere else. */
    public IssuedApiToken create(@NotNull Reader actor, @StorableText String name) {
        return create(actor, name, null);
    }

    /**
     * Creates a token for the reader's own account that stops working at {@code expiresAt} (never when null); its
     * text is in the answer and nowhere else.
     */
    public IssuedApiToken create(@NotNull Reader actor, @StorableText String name, Instant expiresAt) {
        Permissions.requireSignedIn(actor);
        // blank as a person sees it: zero-width and other invisible characters count as nothing
        if (VisibleText.isBlank(name)) {
            throw InvalidInputException.of(ApiTokens.class, "token.nameMissing");
        }
        if (name.strip().length() > MAX_NAME) {
            throw InvalidInputException.of(ApiTokens.class, "token.nameTooLong", MAX_NAME);
        }
        Account account = em.find(Account.class, actor.accountId().orElseThrow());
        if (account == null || !account.isActive()) {
            throw NotPermittedException.of(ApiTokens.class, "token.accountInactive");
        }
        long active = em.createNamedQuery("ApiToken.ofAccount", ApiToken.class).setParameter("account", account.getId())
                .getResultStream().filter(t -> t.getRevokedAt() == null).count();
        if (active >= MAX_ACTIVE) {
            throw InvalidInputException.of(ApiTokens.class, "token.tooMany", MAX_ACTIVE);
        }
        Instant now = Instant.now();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw InvalidInputException.of(ApiTokens.class, "token.expiryPast");
        }
        Secrets.NewApiToken secret = Secrets.newApiToken();
        ApiToken token = new ApiToken(account, name, secret.hash(), secret.prefix(), now);
        token.expireAt(expiresAt);
        em.persist(token);
        em.flush();
        audit.record(actor, account.getOrganization().getSlug(), "apiToken.created", "apiToken", token.getId(),
                "API token \"" + token.getName() + "\" (" + token.getPrefix() + "…) created for " + account.getUsername(),
                null, expiresAt == null ? Map.of("name", token.getName(), "prefix", token.getPrefix())
                        : Map.of("name", token.getName(), "prefix", token.getPrefix(), "expiresAt", expiresAt.toString()));
        return new IssuedApiToken(token.getId(), token.getName(), secret.text(), token.getPrefix(), token.getCreatedAt(),
                token.getExpiresAt());
    }

    /** One of the reader's own tokens; empty for a token of another account or none, alike. */
    public Optional<ApiTokenView> mine(@NotNull Reader actor, long tokenId) {
        Permissions.requireSignedIn(actor);
        ApiToken token = em.find(ApiToken.class, tokenId);
        return token != null && actor.accountId().orElseThrow().equals(token.getAccount().getId())
                ? Optional.of(view(token)) : Optional.empty();
    }

    /** The reader's own tokens, newest first, revoked ones included. */
    public List<ApiTokenView> mine(@NotNull Reader actor) {
        Permissions.requireSignedIn(actor);
        return em.createNamedQuery("ApiToken.ofAccount", ApiToken.class)
                .setParameter("account", actor.accountId().orElseThrow())
                .getResultStream().map(ApiTokens::view).toList();
    }

    /** Revokes one of the reader's own tokens; it stops working at once. */
    public ApiTokenView revoke(@NotNull Reader actor, long tokenId) {
        Permissions.requireSignedIn(actor);
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !actor.accountId().orElseThrow().equals(token.getAccount().getId())) {
            throw NotPermittedException.of(ApiTokens.class, "token.notYours");
        }
        if (token.getRevokedAt() == null) {
            token.revoke(Instant.now());
            audit.record(actor, token.getOrganization().getSlug(), "apiToken.revoked", "apiToken", token.getId(),
                    "API token \"" + token.getName() + "\" (" + token.getPrefix() + "…) revoked",
                    Map.of("revoked", false), Map.of("revoked", true));
        }
        return view(token);
    }

    /**
     * The account a token stands for, when the token is known, not revoked and its account active.
     * The reader it gives reaches the services through {@link Channel#API}.
     */
    public Optional<SignedInAccount> authenticate(@NotNull Reader actor, String tokenText) {
        if (!Secrets.looksLikeApiToken(tokenText)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                .setParameter("hash", Secrets.sha256(tokenText)).getResultStream().findFirst()
                .filter(t -> t.isUsable(Instant.now()));
        found.ifPresent(token -> {
            Instant now = Instant.now();
            if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(USE_RECORDING_INTERVAL).isBefore(now)) {
                token.usedAt(now);
            }
        });
        return found.map(token -> Accounts.signedIn(token.getAccount()));
    }

    private static ApiTokenView view(ApiToken t) {
        return new ApiTokenView(t.getId(), t.getName(), t.getPrefix(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt(),
                t.getExpiresAt());
    }
}
