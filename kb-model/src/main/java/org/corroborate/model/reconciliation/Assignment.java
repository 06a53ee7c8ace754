package org.corroborate.model.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;
import org.corroborate.model.shared.VisibleText;

/** A candidate claim's role in a reconciliation; a deprecated claim carries its reason. */
@Embeddable
public class Assignment implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_NOTE_LENGTH = 500;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private CandidateRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", length = 30)
    private DeprecationReason reason;

    @Column(name = "note", length = MAX_NOTE_LENGTH)
    private String note;

    protected Assignment() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException when a deprecated claim has no reason, or another role has one
     */
    public Assignment(long claimId, CandidateRole role, DeprecationReason reason, String note) {
        this.claimId = claimId;
        this.role = Objects.requireNonNull(role, "Claim " + claimId + " needs a role.");
        if (role == CandidateRole.DEPRECATED && reason == null) {
            throw new IllegalArgumentException("Claim " + claimId + " is deprecated: say why (outdated, superseded by a "
                    + "revision, a different definition, a relayed figure, an error in the source, or other).");
        }
        this.reason = role == CandidateRole.DEPRECATED ? reason : null;
        String n = VisibleText.isBlank(note) ? null : note.strip();
        if (n != null && n.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("The note on claim " + claimId + " is longer than " + MAX_NOTE_LENGTH + " characters.");
        }
        if (role == CandidateRole.DEPRECATED && reason == DeprecationReason.OTHER && n == null) {
            throw new IllegalArgumentException("Claim " + claimId + " is deprecated for another reason: say which in its note.");
        }
        this.note = n;
    }

    /** An equal assignment that no other entity holds (a published version keeps its own copies). */
    public Assignment copy() {
        return new Assignment(claimId, role, reason, note);
    }

    public long getClaimId() {
        return claimId;
    }

    public CandidateRole getRole() {
        return role;
    }

    public DeprecationReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assignment a && claimId == a.claimId && role == a.role && reason == a.reason
                && Objects.equals(note, a.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(claimId, role, reason, note);
    }
}
