package org.corroborate.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.corroborate.model.organization.Organization;

import java.time.Instant;
import java.util.Objects;
import org.corroborate.model.shared.VisibleText;

/**
 * A personal API token for scripts. Only its SHA-256 hash and a short visible prefix are kept; the token text is
 * shown once, when it is created. A revoked token never works again.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.findByHash", query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.ofAccount",
        query = "SELECT t FROM ApiToken t WHERE t.account.id = :account ORDER BY t.createdAt DESC, t.id DESC")
public class ApiToken {

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 20)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(Account account, String name, String tokenHash, String prefix, Instant now) {
        this.account = Objects.requireNonNull(account, "account");
        if (VisibleText.isBlank(name)) {
            throw new IllegalArgumentException("A token needs a name.");
        }
        this.name = name.strip();
        this.tokenHash = Objects.requireNonNull(tokenHash, "token hash");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** True when the token may be used: not revoked, and its account active. */
    public boolean isUsable() {
        return isUsable(Instant.now());
    }

    /** True when the token may be used at this moment: not revoked, not expired, and its account active. */
    public boolean isUsable(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt)) && account.isActive();
    }

    /** Sets when the token stops working by itself; null for never. It must lie after the token's creation. */
    public void expireAt(Instant expiry) {
        if (expiry != null && !expiry.isAfter(createdAt)) {
            throw new IllegalArgumentException("A token's expiry must lie after its creation.");
        }
        this.expiresAt = expiry;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void usedAt(Instant now) {
        this.lastUsedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Organization getOrganization() {
        return account.getOrganization();
    }

    public String getName() {
        return name;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
