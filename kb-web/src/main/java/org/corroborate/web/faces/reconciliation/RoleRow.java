package org.corroborate.web.faces.reconciliation;

import org.corroborate.service.claim.ClaimSummary;

import java.io.Serializable;

/** One candidate claim on the reconciliation form, with the role the editor gives it. */
public class RoleRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long claimId;
    private final ClaimSummary claim;
    private String role;
    private String reason;
    private String note;

    RoleRow(long claimId, ClaimSummary claim, String role, String reason, String note) {
        this.claimId = claimId;
        this.claim = claim;
        this.role = role;
        this.reason = reason;
        this.note = note;
    }

    public long getClaimId() {
        return claimId;
    }

    public ClaimSummary getClaim() {
        return claim;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role == null || role.isBlank() ? null : role;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null || reason.isBlank() ? null : reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
