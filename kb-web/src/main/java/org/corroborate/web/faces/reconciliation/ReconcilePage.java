package org.corroborate.web.faces.reconciliation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.browse.BrowseMeasures;
import org.corroborate.service.browse.MeasureView;
import org.corroborate.service.measure.Measures;
import org.corroborate.service.claim.NewClaim.PeriodInput;
import org.corroborate.service.reconciliation.CandidateView;
import org.corroborate.service.reconciliation.DraftInput;
import org.corroborate.service.reconciliation.DraftView;
import org.corroborate.service.reconciliation.ReconciliationConflictException;
import org.corroborate.service.reconciliation.Reconciliations;
import org.corroborate.service.reconciliation.VersionView;
import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Formats;
import org.corroborate.web.security.SignedInUser;
import org.corroborate.web.faces.support.Messages;

import jakarta.ejb.EJBException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An editor reconciles a measure ({@code /review/reconcile.xhtml?measure=}): gives each verified claim a role, picks
 * the rule, sets the figure and writes the rationale; saves the draft; an editor of another organization approves it as
 * saved; then it is published (both after a confirmation saying what becomes public). The estimate-spread chart and the
 * measure's comparisons are shown beside the form. When another editor saved in
 * between, the page shows both drafts side by side, keeps what this editor typed, and lets them keep theirs or take
 * the other's, field by field.
 */
@Named
@ViewScoped
public class ReconcilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reconciliations reconciliations;

    @Inject
    CurrentReader caller;

    @Inject
    Measures measures;

    @Inject
    Formats formats;

    @Inject
    SignedInUser signedIn;

    @Inject
    BrowseMeasures browseMeasures;

    /** The measure with the claims the reader may see, for the spread chart; read again after a restore. */
    private transient MeasureView measureView;

    private String measure;
    private DraftView draft;
    private long baseVersion;
    private String rule;
    private BigDecimal low;
    private BigDecimal high;
    private BigDecimal best;
    private String asOf;
    private String from;
    private String to;
    private String rationale;
    private List<RoleRow> rows = new ArrayList<>();
    /** The other editor's draft, while the merge view is shown. */
    private DraftView theirs;

    public void load() {
        if (draft != null) {
            return;
        }
        try {
            fill(reconciliations.draft(caller.reader(), measure));
        } catch (RuntimeException e) {
            if (!FacesErrors.show(e)) {
                throw e;
            }
        }
    }

    private void fill(DraftView d) {
        draft = d;
        baseVersion = d.version();
        rule = d.rule();
        low = d.low();
        high = d.high();
        best = d.best();
        asOf = d.period() != null && d.period().asOf() ? d.period().start() : null;
        from = d.period() != null && !d.period().asOf() ? d.period().start() : null;
        to = d.period() != null && !d.period().asOf() ? d.period().end() : null;
        rationale = d.rationale();
        rows = new ArrayList<>();
        for (CandidateView c : d.candidates()) {
            rows.add(new RoleRow(c.claimId(), c.claim(), c.role(), c.reason(), c.note()));
        }
    }

    private DraftInput input() {
        List<DraftInput.RoleInput> roles = rows.stream().filter(r -> r.getRole() != null)
                .map(r -> new DraftInput.RoleInput(r.getClaimId(), r.getRole(), r.getReason(), r.getNote())).toList();
        PeriodInput period = blank(asOf) && blank(from) && blank(to) ? null : new PeriodInput(asOf, from, to);
        return new DraftInput(blank(rule) ? null : rule, low, high, best, period, rationale, roles);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Saves the draft; on a conflict shows the merge view and keeps what was typed. */
    public String save() {
        return saveDraft() ? message("save.saved") : null;
    }

    private boolean saveDraft() {
        try {
            DraftView saved = reconciliations.saveDraft(caller.reader(), measure, baseVersion, input());
            theirs = null;
            draft = saved;
            baseVersion = saved.version();
            return true;
        } catch (RuntimeException e) {
            ReconciliationConflictException conflict = conflict(e);
            if (conflict != null) {
                theirs = conflict.theirs();
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                        Messages.text(ReconciliationSection.BUNDLE, "merge.explain", theirs.updatedBy()), null));
                return false;
            }
            if (!FacesErrors.show(e)) {
                throw e;
            }
            return false;
        }
    }

    private static ReconciliationConflictException conflict(Throwable e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof ReconciliationConflictException c ? c : null;
    }

    /** Merge view: keep everything typed here and save it over the other editor's version, knowingly. */
    public String keepMine() {
        baseVersion = theirs.version();
        return save();
    }

    /** Merge view: take the other editor's draft field by field as chosen, keeping the rest of what was typed. */
    public void takeTheirs(String what) {
        switch (what) {
            case "rule" -> rule = theirs.rule();
            case "figure" -> {
                low = theirs.low();
                high = theirs.high();
                best = theirs.best();
            }
            case "rationale" -> rationale = theirs.rationale();
            case "roles" -> {
                List<RoleRow> taken = new ArrayList<>();
                theirs.candidates().forEach(c -> taken.add(new RoleRow(c.claimId(), c.claim(), c.role(), c.reason(), c.note())));
                rows = taken;
            }
            default -> {
                DraftView other = theirs;
                fill(other);
                theirs = null;
                return;
            }
        }
    }

    /** Fills the figure with what the chosen rule gives from the recommended claims. */
    public void applyRule() {
        try {
            List<Long> recommended = rows.stream().filter(r -> "RECOMMENDED".equals(r.getRole())).map(RoleRow::getClaimId).toList();
            reconciliations.suggest(caller.reader(), measure, Objects.requireNonNullElse(rule, ""), recommended).ifPresentOrElse(f -> {
                low = f.low();
                high = f.high();
                best = f.best();
                if (f.period() != null) {
                    asOf = f.period().asOf() ? f.period().start() : null;
                    from = f.period().asOf() ? null : f.period().start();
                    to = f.period().asOf() ? null : f.period().end();
                }
            }, () -> FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(ReconciliationSection.BUNDLE, "rule.noSuggestion"), null)));
        } catch (RuntimeException e) {
            if (!FacesErrors.show(e)) {
                throw e;
            }
        }
    }

    /**
     * Approves the draft as saved (not what may have been typed since): an editor of another organization than the one
     * that drafted it. When it changed since the page showed it, shows it as it is now, to be looked at again.
     */
    public String approve() {
        try {
            DraftView approved = reconciliations.approve(caller.reader(), measure, baseVersion);
            draft = approved;
            baseVersion = approved.version();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(ReconciliationSection.BUNDLE, "approve.done"), null));
        } catch (RuntimeException e) {
            if (showsTheirDraft(e)) {
                return null;
            }
            if (!FacesErrors.show(e)) {
                throw e;
            }
        }
        return null;
    }

    /**
     * When another editor changed the draft since this page read it: shows theirs with a warning, as approving or
     * publishing acts on the draft as saved.
     */
    private boolean showsTheirDraft(RuntimeException e) {
        ReconciliationConflictException conflict = conflict(e);
        if (conflict == null) {
            return false;
        }
        fill(conflict.theirs());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                Messages.text(ReconciliationSection.BUNDLE, "approve.changed"), null));
        return true;
    }

    /**
     * Publishes the draft as saved and approved (what was typed since and not saved is not published): it becomes the
     * measure's public figure.
     */
    public String publish() {
        try {
            VersionView v = reconciliations.publish(caller.reader(), measure, baseVersion);
            message("publish.done");
            return "/measure?faces-redirect=true&slug=" + v.measure().slug();
        } catch (RuntimeException e) {
            if (showsTheirDraft(e)) {
                return null;
            }
            if (!FacesErrors.show(e)) {
                throw e;
            }
            draft = reconciliations.draft(caller.reader(), measure);
            baseVersion = draft.version();
            return null;
        }
    }

    /** "80,000–120,000 persons (Most recent, as of 2017)": the saved draft, for the confirmations. */
    public String getSavedFigure() {
        if (draft == null || draft.low() == null || draft.high() == null) {
            return "";
        }
        String range = draft.low().compareTo(draft.high()) == 0 ? formats.number(draft.low())
                : formats.number(draft.low()) + "–" + formats.number(draft.high());
        String rule = draft.rule() == null ? "" : Messages.text(ReconciliationSection.BUNDLE, "rule." + draft.rule());
        String period = draft.period() == null ? "" : ", " + formats.period(draft.period());
        return range + " " + draft.unitSymbol() + " (" + rule + period + ")";
    }

    /** The approval's confirmation: what this editor approves, and what will become public once it is published. */
    public String getApproveConfirmation() {
        return draft == null ? "" : Messages.text(ReconciliationSection.BUNDLE, "approve.confirm", getSavedFigure(),
                draft.measure().name(), organizationName(draft.draftingOrganization()), signedIn.getOrganizationName());
    }

    /** The publication's confirmation: what will become public, and which organizations it will name. */
    public String getPublishConfirmation() {
        return draft == null ? "" : Messages.text(ReconciliationSection.BUNDLE, "publish.confirmSaved", getSavedFigure(),
                draft.measure().name(), organizationName(draft.draftingOrganization()),
                organizationName(draft.approvingOrganization()));
    }

    private static String organizationName(OrganizationRef o) {
        return o == null ? "—" : o.displayName();
    }

    /** The measure as the reader may see it, for the estimate-spread chart. */
    public MeasureView getMeasureView() {
        if (measureView == null && measure != null) {
            measureView = browseMeasures.findBySlug(measure, caller.reader()).orElse(null);
        }
        return measureView;
    }

    private String message(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(ReconciliationSection.BUNDLE, key), null));
        return null;
    }

    public List<String> getRules() {
        return List.of("MOST_CONSERVATIVE", "ENVELOPE_OF_INDEPENDENT", "MOST_RECENT", "SOURCE_HIERARCHY", "EDITORS_JUDGEMENT");
    }

    public List<String> getRoles() {
        return List.of("RECOMMENDED", "TRIANGULATION", "DEPRECATED");
    }

    public List<String> getReasons() {
        return List.of("OUTDATED", "SUPERSEDED_BY_REVISION", "DIFFERENT_DEFINITION", "RELAYED_FIGURE", "ERROR_IN_SOURCE", "OTHER");
    }

    /** The role the other editor gave a claim, for the merge view. */
    public String theirRole(long claimId) {
        return theirs == null ? null : theirs.candidates().stream().filter(c -> c.claimId() == claimId)
                .map(CandidateView::role).filter(Objects::nonNull).findFirst().orElse(null);
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public DraftView getDraft() {
        return draft;
    }

    public DraftView getTheirs() {
        return theirs;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public BigDecimal getLow() {
        return low;
    }

    public void setLow(BigDecimal low) {
        this.low = low;
    }

    public BigDecimal getHigh() {
        return high;
    }

    public void setHigh(BigDecimal high) {
        this.high = high;
    }

    public BigDecimal getBest() {
        return best;
    }

    public void setBest(BigDecimal best) {
        this.best = best;
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public List<RoleRow> getRows() {
        return rows;
    }
}
