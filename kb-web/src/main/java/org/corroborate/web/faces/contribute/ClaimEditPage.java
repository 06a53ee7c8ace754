package org.corroborate.web.faces.contribute;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corroborate.model.claim.LocatorType;
import org.corroborate.model.claim.Stance;
import org.corroborate.model.claim.Qualifier;
import org.corroborate.model.measure.FlowPeriod;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.service.access.Reader;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.claim.NewClaim;
import org.corroborate.service.claim.NewClaim.ClaimContent;
import org.corroborate.service.claim.NewClaim.FigureInput;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.claim.NewClaim.PeriodInput;
import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.measure.Measures;
import org.corroborate.service.measure.NewMeasure;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.shared.StaleEditException;
import org.corroborate.service.source.SourceRef;
import org.corroborate.service.source.Sources;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Messages;
import org.corroborate.web.faces.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The claim form ({@code /contribute/claim-edit.xhtml}): with {@code ?id=} it edits a draft of the reader's
 * organization; without, it starts one, optionally filled in from the extraction assistant's parameters (source,
 * phrase, qualifier, value, low, high, unit, quote, page). Refusals of the services are shown at the top, in the
 * reader's language; what was typed stays.
 */
@Named
@ViewScoped
public class ClaimEditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DATE = "|\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?";
    private static final String SLUG = "|[a-z0-9]+(?:-[a-z0-9]+)*";

    @Inject
    Claims claims;

    @Inject
    Measures measures;

    @Inject
    Sources sources;

    @Inject
    Reader reader;

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

    // the claim
    private Long claimId;
    private long version;
    private String status;
    private boolean editable = true;

    @NotBlank
    @Size(max = 4000)
    private String statement;
    @NotBlank
    @Size(max = 35)
    private String language;
    private String measure;
    @Size(max = 500)
    private String figurePhrase;
    private String figureQualifier = "EXACT";
    private BigDecimal figureValue;
    private BigDecimal figureLow;
    private BigDecimal figureHigh;
    private String figureUnit = "PERSONS";
    @Pattern(regexp = DATE, message = "{corroborate.partialDate}")
    private String asOf;
    @Pattern(regexp = DATE, message = "{corroborate.partialDate}")
    private String from;
    @Pattern(regexp = DATE, message = "{corroborate.partialDate}")
    private String to;
    @Size(max = 200)
    private String place;
    @Size(max = 300)
    private String population;
    private List<String> topics = new ArrayList<>();
    private List<CitationRow> citations = new ArrayList<>();

    // a proposed measure
    private boolean proposeMeasure;
    @Size(max = 120)
    @Pattern(regexp = SLUG, message = "{corroborate.slug}")
    private String newMeasureSlug;
    @Size(max = 300)
    private String newMeasureName;
    @Size(max = 4000)
    private String newMeasureDefinition;
    private String newMeasureUnit = "PERSONS";
    private String newMeasureKind = "STOCK";
    private String newMeasureFlowPeriod;

    private final Map<String, String> sourceLabels = new HashMap<>();
    private final Map<String, String> measureLabels = new HashMap<>();

    /** Loads the draft named by {@code id}, or prepares a new one from the prefill parameters. */
    public void load() {
        if (id != null && !id.isBlank()) {
            long claimId = Pages.id(id);
            ClaimView claim = claimId < 0 ? null : claims.find(claimId, reader).orElse(null);
            if (claim == null || !reader.belongsTo(claim.organization().slug())) {
                Pages.notFound();
                return;
            }
            fill(claim);
            return;
        }
        language = Messages.locale().getLanguage();
        figurePhrase = phrase;
        if (qualifier != null) {
            figureQualifier = constantName(qualifier);
        }
        figureValue = number(value);
        figureLow = number(low);
        figureHigh = number(high);
        if (figureLow != null && figureHigh != null && figureValue == null) {
            figureQualifier = "BETWEEN";
        }
        if (unit != null && !unit.isBlank()) {
            figureUnit = constantName(unit);
        }
        if (source != null && !source.isBlank()) {
            CitationRow row = new CitationRow();
            row.setSource(source.strip());
            row.setQuote(quote);
            if (page != null && !page.isBlank()) {
                row.setLocatorType(LocatorType.PAGE.name());
                row.setLocator(page.strip());
            }
            citations.add(row);
        }
        if (citations.isEmpty()) {
            citations.add(new CitationRow());
        }
    }

    private void fill(ClaimView c) {
        claimId = c.id();
        version = c.version();
        status = c.status();
        editable = "DRAFT".equals(c.status()) || "CHANGES_REQUESTED".equals(c.status());
        statement = c.statement();
        language = c.language();
        measure = c.measure() == null ? null : c.measure().slug();
        if (c.measure() != null) {
            measureLabels.put(c.measure().slug(), c.measure().name());
        }
        if (c.figure() != null) {
            figurePhrase = c.figure().phrase();
            figureQualifier = c.figure().qualifier();
            figureValue = c.figure().value();
            figureLow = c.figure().low();
            figureHigh = c.figure().high();
            figureUnit = c.figure().unit();
        }
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
        citations = new ArrayList<>(c.citations().stream().map(CitationRow::of).toList());
        c.citations().forEach(ci -> sourceLabels.put(String.valueOf(ci.source().id()), label(ci.source().title(), ci.source().issued())));
        if (citations.isEmpty()) {
            citations.add(new CitationRow());
        }
        proposeMeasure = false;
    }

    // actions

    public void save() {
        write(false);
    }

    public void submit() {
        write(true);
    }

    private void write(boolean forReview) {
        List<NewCitation> cited = citationsToSend();
        if (cited == null) {
            return;
        }
        ClaimContent content = new ClaimContent(statement, language, figure(), proposeMeasure ? null : measure,
                new PeriodInput(asOf, from, to), place, topics == null ? List.of() : topics,
                blank(population) ? null : population.strip());
        NewMeasure proposal = proposeMeasure ? proposal() : null;
        if (proposeMeasure && proposal == null) {
            return;
        }
        try {
            ClaimView saved;
            boolean created = claimId == null;
            if (created) {
                String org = reader.organizationSlug().orElse("");
                NewClaim command = new NewClaim(org, content, cited);
                long newId = forReview ? claims.draftAndSubmit(reader, command, proposal) : claims.draft(reader, command, proposal);
                saved = claims.find(newId, reader).orElseThrow();
            } else {
                saved = forReview ? claims.reviseAndSubmit(reader, claimId, version, content, cited, proposal)
                        : claims.revise(reader, claimId, version, content, cited, proposal);
            }
            fill(saved);
            id = String.valueOf(saved.id());
            info(forReview ? "form.submitted" : "form.saved", saved.id(), saved.version());
            if (created) {
                // give the new draft its own address, so that a reload edits it instead of starting another
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.getFlash().setKeepMessages(true);
                external.redirect(external.getRequestContextPath() + "/contribute/claim-edit.xhtml?id=" + saved.id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException | NotPermittedException e) {
            FacesErrors.message(null, e);
        } catch (StaleEditException e) {
            error(text("form.stale", e.expectedVersion(), e.currentVersion()));
        } catch (EJBException e) {
            if (!(e.getCause() instanceof ConstraintViolationException cve)) {
                if (!FacesErrors.message(null, e)) {
                    throw e;
                }
                return;
            }
            error(text("form.invalid"));
            FacesErrors.message(null, cve);
        }
    }

    /** Withdraws the draft and goes to the organization's items. */
    public String withdraw() {
        try {
            claims.withdraw(reader, claimId, version);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            info("form.withdrawn", claimId, version + 1);
            return "/contribute/my-items?faces-redirect=true";
        } catch (InvalidInputException | NotPermittedException e) {
            FacesErrors.message(null, e);
        } catch (StaleEditException e) {
            error(text("form.stale", e.expectedVersion(), e.currentVersion()));
        }
        return null;
    }

    public void addCitation() {
        citations.add(new CitationRow());
    }

    public void removeCitation(CitationRow row) {
        citations.remove(row);
    }

    /** The citations to send, or null (with messages) when a row names no usable source. */
    private List<NewCitation> citationsToSend() {
        List<NewCitation> result = new ArrayList<>();
        boolean ok = true;
        int n = 0;
        for (CitationRow row : citations) {
            n++;
            if (row.isEmpty()) {
                continue;
            }
            long sourceId = Pages.id(row.getSource());
            if (sourceId < 0) {
                error(text("form.citation.sourceMissing", n));
                ok = false;
                continue;
            }
            result.add(row.toNewCitation(sourceId));
        }
        return ok ? result : null;
    }

    private FigureInput figure() {
        if (figurePhrase == null || figurePhrase.isBlank()) {
            return null;
        }
        boolean range = Qualifier.BETWEEN.name().equals(figureQualifier);
        return new FigureInput(figurePhrase, figureQualifier, range ? null : figureValue,
                range ? figureLow : null, range ? figureHigh : null, figureUnit);
    }

    private NewMeasure proposal() {
        List<String> missing = new ArrayList<>();
        if (blank(newMeasureSlug)) {
            missing.add(text("measure.new.slug"));
        }
        if (blank(newMeasureName)) {
            missing.add(text("measure.new.name"));
        }
        if (blank(newMeasureDefinition)) {
            missing.add(text("measure.new.definition"));
        }
        if (!missing.isEmpty()) {
            error(text("form.measure.missing", String.join(", ", missing)));
            return null;
        }
        MeasureKind kind = MeasureKind.valueOf(newMeasureKind);
        if (kind.hasPerPeriod() && blank(newMeasureFlowPeriod)) {
            FacesContext.getCurrentInstance().addMessage("claim:m-per", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    text("form.measure.perPeriod"), null));
            return null;
        }
        FlowPeriod per = kind.hasPerPeriod() ? FlowPeriod.valueOf(newMeasureFlowPeriod) : null;
        return new NewMeasure(newMeasureSlug.strip(), newMeasureName.strip(), newMeasureDefinition.strip(),
                Unit.valueOf(newMeasureUnit), kind, per, blank(place) ? null : place.strip(),
                topics == null || topics.isEmpty() ? null : topics.get(0));
    }

    // pickers

    /** Measures whose name or short address contains the typed text; their slugs. */
    public List<String> completeMeasure(String typed) {
        List<MeasureRef> found = measures.suggest(reader, typed, 15);
        found.forEach(m -> measureLabels.put(m.slug(), m.name()));
        return found.stream().map(MeasureRef::slug).toList();
    }

    /**
     * The populations the chosen measure's claims already count whose text contains the typed text (all of them for
     * an empty text), so that the same group is written the same way.
     */
    public List<String> completePopulation(String typed) {
        if (proposeMeasure || blank(measure)) {
            return List.of();
        }
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return measures.populations(reader, measure, 50).stream()
                .filter(p -> p.toLowerCase(Locale.ROOT).contains(q))
                .limit(15)
                .toList();
    }

    public String measureLabel(String slug) {
        if (slug == null || slug.isBlank()) {
            return "";
        }
        String name = measureLabels.get(slug);
        return name == null ? slug : name + " (" + slug + ")";
    }

    /** Sources the reader may cite whose title contains the typed text; their ids. */
    public List<String> completeSource(String typed) {
        List<SourceRef> found = claims.citableSources(reader, typed, 15);
        found.forEach(s -> sourceLabels.put(String.valueOf(s.id()), label(s.title(), s.issued())));
        return found.stream().map(s -> String.valueOf(s.id())).toList();
    }

    public String sourceLabel(String sourceId) {
        if (sourceId == null || sourceId.isBlank()) {
            return "";
        }
        return sourceLabels.computeIfAbsent(sourceId, key -> {
            long sid = Pages.id(key);
            return sid < 0 ? key : sources.find(sid, reader)
                    .map(s -> s.restricted() ? "#" + s.id() : label(s.title(), s.issued())).orElse(key);
        });
    }

    private static String label(String title, String issued) {
        return (title == null ? "" : title) + (issued == null ? "" : " (" + issued + ")");
    }

    public List<String> getQualifiers() {
        return Arrays.stream(Qualifier.values()).map(Enum::name).toList();
    }

    public List<String> getUnits() {
        return Arrays.stream(Unit.values()).map(Enum::name).toList();
    }

    public List<String> getKinds() {
        return Arrays.stream(MeasureKind.values()).map(Enum::name).toList();
    }

    public List<String> getFlowPeriods() {
        return Arrays.stream(FlowPeriod.values()).map(Enum::name).toList();
    }

    public List<String> getLocatorTypes() {
        return Arrays.stream(LocatorType.values()).map(Enum::name).toList();
    }

    public List<String> getStances() {
        return Arrays.stream(Stance.values()).map(Enum::name).toList();
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

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "up to" or "up-to" as the constant name UP_TO. */
    private static String constantName(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // properties

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
    public String getMeasure() { return measure; }
    public void setMeasure(String measure) { this.measure = measure; }
    public String getFigurePhrase() { return figurePhrase; }
    public void setFigurePhrase(String figurePhrase) { this.figurePhrase = figurePhrase; }
    public String getFigureQualifier() { return figureQualifier; }
    public void setFigureQualifier(String figureQualifier) { this.figureQualifier = figureQualifier; }
    public BigDecimal getFigureValue() { return figureValue; }
    public void setFigureValue(BigDecimal figureValue) { this.figureValue = figureValue; }
    public BigDecimal getFigureLow() { return figureLow; }
    public void setFigureLow(BigDecimal figureLow) { this.figureLow = figureLow; }
    public BigDecimal getFigureHigh() { return figureHigh; }
    public void setFigureHigh(BigDecimal figureHigh) { this.figureHigh = figureHigh; }
    public String getFigureUnit() { return figureUnit; }
    public void setFigureUnit(String figureUnit) { this.figureUnit = figureUnit; }
    public String getAsOf() { return asOf; }
    public void setAsOf(String asOf) { this.asOf = asOf; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics; }
    public List<CitationRow> getCitations() { return citations; }
    public boolean isProposeMeasure() { return proposeMeasure; }
    public void setProposeMeasure(boolean proposeMeasure) { this.proposeMeasure = proposeMeasure; }
    public String getNewMeasureSlug() { return newMeasureSlug; }
    public void setNewMeasureSlug(String newMeasureSlug) { this.newMeasureSlug = newMeasureSlug; }
    public String getNewMeasureName() { return newMeasureName; }
    public void setNewMeasureName(String newMeasureName) { this.newMeasureName = newMeasureName; }
    public String getNewMeasureDefinition() { return newMeasureDefinition; }
    public void setNewMeasureDefinition(String newMeasureDefinition) { this.newMeasureDefinition = newMeasureDefinition; }
    public String getNewMeasureUnit() { return newMeasureUnit; }
    public void setNewMeasureUnit(String newMeasureUnit) { this.newMeasureUnit = newMeasureUnit; }
    public String getPopulation() { return population; }
    public void setPopulation(String population) { this.population = population; }
    public String getNewMeasureKind() { return newMeasureKind; }
    public void setNewMeasureKind(String newMeasureKind) { this.newMeasureKind = newMeasureKind; }
    public String getNewMeasureFlowPeriod() { return newMeasureFlowPeriod; }
    public void setNewMeasureFlowPeriod(String newMeasureFlowPeriod) { this.newMeasureFlowPeriod = newMeasureFlowPeriod; }
}
