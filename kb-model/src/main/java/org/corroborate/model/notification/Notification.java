package org.corroborate.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing one member is told. It names what it is about (a measure, claims, a reconciliation version, the acting
 * organization, a decision or stance) and never holds text: the text is written when it is shown or sent, in the
 * reader's language, and never quotes a source or names a person.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.ofAccount",
        query = "SELECT n FROM Notification n WHERE n.accountId = :account ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = "Notification.unread",
        query = "SELECT n FROM Notification n WHERE n.accountId = :account AND n.readAt IS NULL")
@NamedQuery(name = "Notification.due",
        query = "SELECT n FROM Notification n WHERE n.emailState = org.corroborate.model.notification.EmailState.PENDING"
                + " AND (n.nextAttemptAt IS NULL OR n.nextAttemptAt <= :now) ORDER BY n.id")
@NamedQuery(name = "Notification.existsForClaim",
        query = "SELECT COUNT(n) FROM Notification n WHERE n.kind = :kind AND n.claimId = :claim")
public class Notification {

    /** Attempts after which a failing e-mail is tried only once a day. */
    public static final int QUICK_ATTEMPTS = 8;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationKind kind;

    @Column(name = "measure_id")
    private Long measureId;

    @Column(name = "claim_id")
    private Long claimId;

    @Column(name = "other_claim_id")
    private Long otherClaimId;

    @Column(name = "version_number")
    private Integer versionNumber;

    /** The organization that acted (commented, decided, drafted, dissented); never a person. */
    @Column(length = 80)
    private String organization;

    /** The decision or stance, when the kind has one. */
    @Column(length = 20)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_state", nullable = false, length = 10)
    private EmailState emailState;

    @Column(name = "email_attempts", nullable = false)
    private int emailAttempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected Notification() {
        // for JPA
    }

    public Notification(long accountId, NotificationKind kind, Long measureId, Long claimId, Long otherClaimId,
                        Integer versionNumber, String organization, String detail, boolean email) {
        this.accountId = accountId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.measureId = measureId;
        this.claimId = claimId;
        this.otherClaimId = otherClaimId;
        this.versionNumber = versionNumber;
        this.organization = organization;
        this.detail = detail;
        this.createdAt = Instant.now();
        this.emailState = email ? EmailState.PENDING : EmailState.NONE;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = Objects.requireNonNull(at);
        }
    }

    public void emailSent() {
        emailState = EmailState.SENT;
        nextAttemptAt = null;
    }

    public void emailWithheld() {
        emailState = EmailState.WITHHELD;
        nextAttemptAt = null;
    }

    /** No address any more: nothing to send. */
    public void emailNotWanted() {
        emailState = EmailState.NONE;
        nextAttemptAt = null;
    }

    /** An attempt failed: try again later, sooner at first (1, 2, 4 … minutes), then once a day; it stays pending. */
    public void emailFailed(Instant now) {
        emailAttempts++;
        Duration wait = emailAttempts > QUICK_ATTEMPTS ? Duration.ofDays(1)
                : Duration.ofMinutes(1L << Math.min(emailAttempts - 1, 10));
        nextAttemptAt = now.plus(wait);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public Long getClaimId() {
        return claimId;
    }

    public Long getOtherClaimId() {
        return otherClaimId;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public String getOrganization() {
        return organization;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public EmailState getEmailState() {
        return emailState;
    }

    public int getEmailAttempts() {
        return emailAttempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
