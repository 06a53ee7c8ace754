package org.corroborate.web.faces.contribute;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.claim.NewClaim;
import org.corroborate.service.claim.NewClaim.ClaimContent;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.claim.NewClaim.PeriodInput;
import org.corroborate.service.measure.NewMeasure;
import org.corroborate.service.review.ReviewNoteView;
import org.corroborate.service.review.Reviews;
import org.corroborate.web.faces.support.FormFields;
import org.corroborate.web.faces.support.Messages;
import org.corroborate.web.faces.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The claim form ({@code /contribute/claim-edit.xhtml}): with {@code ?id=} it edits a draft of the reader's
 * organization; without, it starts one, optionally filled in from the extraction assistant's parameters (source,
 * phrase, qualifier, value, low, high, unit, quote, page, relay). This bean holds the claim's own fields and the
 * actions; its parts hold the figure ({@link FigureFields}), the measure picked or proposed ({@link MeasureChooser})
 * and the citations ({@link CitationsPart}). A draft saves whatever is filled; submitting asks for everything. The
 * services' refusals are shown by {@code web.faces.support.Refusals}, each on its field ({@link #fieldComponents});
 * what was typed stays. The latest review's comments are shown beside the fields they concern.
 */
@Named
@ViewScoped
public class ClaimEditPage implements Serializable, FormFields {

    private static final long serialVersionUID = 1L;

    /** Where the services' property paths are corrected on this form. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("content.statement", "statement"),
            Map.entry("content.language", "language"),
            Map.entry("content.measure", "measure"),
            Map.entry("content.population", "population"),
            Map.entry("content.place", "place"),
            Map.entry("content.topics", "topics"),
            Map.entry("figure.phrase", "phrase"),
            Map.entry("figure.qualifier", "qualifier"),
            Map.entry("figure.value", "value"),
            Map.entry("figure.low", "low"),
            Map.entry("figure.high", "high"),
            Map.entry("figure.unit", "unit"),
            Map.entry("period.asOf", "as-of"),
            Map.entry("period.from", "from"),
            Map.entry("period.to", "to"),
            Map.entry("proposedMeasure.slug", "m-slug"),
            Map.entry("proposedMeasure.name", "m-name"),
            Map.entry("proposedMeasure.nameKo", "m-name-ko"),
            Map.entry("proposedMeasure.definition", "m-definition"),
            Map.entry("proposedMeasure.unit", "m-unit"),
            Map.entry("proposedMeasure.kind", "m-kind"),
            Map.entry("proposedMeasure.flowPeriod", "m-per"),
            Map.entry("proposedMeasure.topic", "m-topic"));

    @Inject
    Claims claims;

    @Inject
    Reviews reviews;

    @Inject
    CurrentReader caller;

    @Inject
    MeasureChooser measure;

    @Inject
    CitationsPart citations;

    private final FigureFields figure = new FigureFields();

    // page parameters
    private String id;
    private String source;
    private String phrase;
    private String qualifier;
    private String value;
    private String low;
    private String high;
    private String unit;
    private String quote;
    private String page;
    /** From the extraction assistant: the source the sentence says the figure came from (a source id). */
    private String relay;

    // the claim
    private Long claimId;
    private long version;
    private String status;
    private boolean editable = true;
    private String statement;
    private String language;
    private String asOf;
    private String from;
    private String to;
    private String place;
    private String population;
    private List<String> topics = new ArrayList<>();
    private List<ReviewNoteView> review = List.of();

    /** Loads the draft named by {@code id}, or prepares a new one from the prefill parameters. */
    public void load() {
        if (id != null && !id.isBlank()) {
            long claimId = Pages.id(id);
            ClaimView claim = claimId < 0 ? null : claims.find(claimId, caller.reader()).orElse(null);
            if (claim == null || !caller.reader().belongsTo(claim.organization().slug())) {
                Pages.notFound();
                return;
            }
            fill(claim);
            return;
        }
        language = Messages.locale().getLanguage();
        figure.prefill(phrase, qualifier, value, low, high, unit);
        citations.prefill(source, quote, page, relay);
    }

    private void fill(ClaimView c) {
        claimId = c.id();
        version = c.version();
        status = c.status();
        editable = "DRAFT".equals(c.status()) || "CHANGES_REQUESTED".equals(c.status());
        statement = c.statement();
        language = c.language();
        measure.fill(c.measure());
        figure.fill(c.figure());
        asOf = from = to = null;
        if (c.period() != null) {
            if (c.period().asOf()) {
                asOf = c.period().start();
            } else {
                from = c.period().start();
                to = c.period().end();
            }
        }
        place = c.place();
        population = c.population();
        topics = new ArrayList<>(c.topics());
        citations.fill(c.citations());
        review = reviews.latestReview(caller.reader(), c.id());
    }

    // actions

    public void save() {
        write(false);
    }

    public void submit() {
        write(true);
    }

    /** Saves (and for review, submits); a refusal goes through to {@code Refusals}, which shows it on the fields. */
    private void write(boolean forReview) {
        List<NewCitation> cited = citations.toSend();
        if (cited == null) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        ClaimContent content = new ClaimContent(blank(statement) ? null : statement, language, figure.toInput(),
                measure.chosen(), new PeriodInput(asOf, from, to), place, topics == null ? List.of() : topics,
                blank(population) ? null : population.strip());
        NewMeasure proposal = measure.proposal(place, topics);
        ClaimView saved;
        boolean created = claimId == null;
        if (created) {
            String org = caller.reader().organizationSlug().orElse("");
            NewClaim command = new NewClaim(org, content, cited);
            long newId = forReview ? claims.draftAndSubmit(caller.reader(), command, proposal) : claims.draft(caller.reader(), command, proposal);
            saved = claims.find(newId, caller.reader()).orElseThrow();
        } else {
            saved = forReview ? claims.reviseAndSubmit(caller.reader(), claimId, version, content, cited, proposal)
                    : claims.revise(caller.reader(), claimId, version, content, cited, proposal);
        }
        fill(saved);
        id = String.valueOf(saved.id());
        info(forReview ? "form.submitted" : "form.saved", saved.id(), saved.version());
        if (created) {
            // give the new draft its own address, so that a reload edits it instead of starting another
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            try {
                external.redirect(external.getRequestContextPath() + "/contribute/claim-edit.xhtml?id=" + saved.id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Withdraws the draft and goes to the organization's items. */
    public String withdraw() {
        claims.withdraw(caller.reader(), claimId, version);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info("form.withdrawn", claimId, version + 1);
        return "/contribute/my-items?faces-redirect=true";
    }

    @Override
    public Map<String, String> fieldComponents() {
        return FIELDS;
    }

    /**
     * The populations the chosen measure's claims already count whose text contains the typed text (all of them for
     * an empty text), so that the same group is written the same way.
     */
    public List<String> completePopulation(String typed) {
        String slug = measure.chosen();
        if (blank(slug)) {
            return List.of();
        }
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return claims.populations(caller.reader(), slug, 50).stream()
                .filter(p -> p.toLowerCase(Locale.ROOT).contains(q))
                .limit(15)
                .toList();
    }

    /** The latest review's comments on one field of the form (FIGURE, PERIOD, MEASURE, POPULATION, STATEMENT, GENERAL). */
    public List<ReviewNoteView> reviewOn(String field) {
        return review.stream().filter(n -> field.equals(n.field()) && n.citationId() == null).toList();
    }

    /** The latest review's comments on the citation shown in this row (or on citations in general, for a null id). */
    public List<ReviewNoteView> reviewOnCitation(CitationRow row) {
        return review.stream().filter(n -> "CITATION".equals(n.field())
                && (n.citationId() == null ? row == citations.getRows().get(0) : n.citationId().equals(row.getId())))
                .toList();
    }

    public boolean isNew() {
        return claimId == null;
    }

    // messages

    static String text(String key, Object... args) {
        return Messages.text("org.corroborate.web.i18n.claims", key, args);
    }

    private static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // parts and properties

    public FigureFields getFigure() { return figure; }
    public MeasureChooser getMeasure() { return measure; }
    public CitationsPart getCitations() { return citations; }
    public List<ReviewNoteView> getReview() { return review; }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getPhrase() { return phrase; }
    public void setPhrase(String phrase) { this.phrase = phrase; }
    public String getQualifier() { return qualifier; }
    public void setQualifier(String qualifier) { this.qualifier = qualifier; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getLow() { return low; }
    public void setLow(String low) { this.low = low; }
    public String getHigh() { return high; }
    public void setHigh(String high) { this.high = high; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getQuote() { return quote; }
    public void setQuote(String quote) { this.quote = quote; }
    public String getRelay() { return relay; }
    public void setRelay(String relay) { this.relay = relay; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public Long getClaimId() { return claimId; }
    public long getVersion() { return version; }
    public String getStatus() { return status; }
    public boolean isEditable() { return editable; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getAsOf() { return asOf; }
    public void setAsOf(String asOf) { this.asOf = asOf; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getPopulation() { return population; }
    public void setPopulation(String population) { this.population = population; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics; }
}
