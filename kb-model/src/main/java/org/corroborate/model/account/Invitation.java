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

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A one-time invitation to join an organization with some roles. Only the SHA-256 hash of the link's token is
 * kept, so the database alone cannot be used to accept it. It expires after {@link #VALIDITY} and can be used once.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(name = "Invitation.findByTokenHash", query = "SELECT i FROM Invitation i WHERE i.tokenHash = :hash")
public class Invitation {

    public static final Duration VALIDITY = Duration.ofDays(7);

    @Id
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invitation_role", joinColumns = @JoinColumn(name = "invitation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invited_by_id")
    private Account invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "used_by_id")
    private Account usedBy;

    @Version
    private long version;

    protected Invitation() {
        // for JPA
    }

    public Invitation(String tokenHash, Organization organization, Set<AccountRole> roles, Account invitedBy, Instant now) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "token hash");
        this.organization = Objects.requireNonNull(organization, "organization");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("An invitation needs at least one role.");
        }
        this.roles = EnumSet.copyOf(roles);
        this.invitedBy = invitedBy;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(VALIDITY);
    }

    /** True when the invitation may still be accepted at {@code now}: not used and not expired. */
    public boolean isOpenAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    /** Marks the invitation used by the account it created. */
    public void usedBy(Account account, Instant now) {
        if (!isOpenAt(now)) {
            throw new IllegalStateException("The invitation is no longer open.");
        }
        this.usedBy = Objects.requireNonNull(account, "account");
        this.usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Set<AccountRole> getRoles() {
        return Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public Account getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
