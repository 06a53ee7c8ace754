package org.corroborate.service.demo;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.corroborate.model.claim.Locator;
import org.corroborate.model.claim.LocatorType;
import org.corroborate.model.claim.QuoteAnchor;
import org.corroborate.model.claim.RelayHop;
import org.corroborate.model.claim.Stance;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.measure.FlowPeriod;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.model.organization.Organization;
import org.corroborate.model.shared.PartialDate;
import org.corroborate.model.source.Author;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.Source;
import org.corroborate.model.source.SourceKind;
import org.corroborate.service.claim.ClaimInputs;
import org.corroborate.service.demo.DemoFile.DemoCitation;
import org.corroborate.service.demo.DemoFile.DemoClaim;
import org.corroborate.service.demo.DemoFile.DemoMeasure;
import org.corroborate.service.demo.DemoFile.DemoOrganization;
import org.corroborate.service.demo.DemoFile.DemoSource;

import org.corroborate.service.shared.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The demo knowledge base as entities, built in memory from {@code demo-knowledge-base.json}
 * by the same constructors every other path uses, so the file obeys every rule of the model.
 */
public final class DemoKnowledgeBase {

    public static final String RESOURCE = "/org/corroborate/service/demo/demo-knowledge-base.json";
    public static final String DATASET_NAME = "demo-knowledge-base";

    private final String checksum;
    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Measure> measures = new LinkedHashMap<>();
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private final Map<String, String> topicsKo = new LinkedHashMap<>();

    private DemoKnowledgeBase(DemoFile file, String checksum) {
        this.checksum = checksum;
        file.organizations().forEach(this::addOrganization);
        file.sources().forEach(this::addSource);
        file.sources().forEach(this::linkRelays);
        file.measures().forEach(this::addMeasure);
        file.claims().forEach(this::addClaim);
        if (file.topics() != null) {
            file.topics().forEach(t -> topicsKo.put(t.name(), t.nameKo()));
        }
    }

    /** Reads and builds the demo shipped with the application. */
    public static DemoKnowledgeBase shipped() {
        try (InputStream in = DemoKnowledgeBase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo knowledge base " + RESOURCE + " is missing from the build.");
            }
            byte[] bytes = in.readAllBytes();
            DemoFile file;
            try (Jsonb jsonb = JsonbBuilder.create()) {
                file = jsonb.fromJson(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), DemoFile.class);
            }
            return new DemoKnowledgeBase(file, Sha256.hex(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e);
        }
    }

    private void addOrganization(DemoOrganization o) {
        Organization organization = new Organization(o.key(), o.name());
        organization.describe(o.shortName(), o.country(), o.website(), o.description());
        put(organizations, o.key(), organization, "organization");
    }

    private void addSource(DemoSource s) {
        Source source = new Source(SourceKind.valueOf(s.kind()), s.title(),
                s.confidentiality() == null ? Confidentiality.PUBLIC : Confidentiality.valueOf(s.confidentiality()),
                ref(organizations, s.holder(), "organization", s.key()));
        if (s.authors() != null) {
            source.setAuthors(s.authors().stream().map(a -> Author.of(a.family(), a.given(), a.literal())).toList());
        }
        source.describe(s.containerTitle(), s.publisher(), s.publisherPlace(), date(s.issued()), s.url(), s.doi(),
                s.language(), s.number());
        source.setAccessed(date(s.accessed()));
        source.setNote(s.note());
        put(sources, s.key(), source, "source");
    }

    private void linkRelays(DemoSource s) {
        if (s.relays() != null) {
            s.relays().forEach(r -> sources.get(s.key()).relay(ref(sources, r, "source", s.key())));
        }
    }

    private void addMeasure(DemoMeasure m) {
        Measure measure = new Measure(m.key(), m.name(), m.definition(), Unit.valueOf(m.unit()),
                MeasureKind.valueOf(m.kind()), m.flowPeriod() == null ? null : FlowPeriod.valueOf(m.flowPeriod()));
        measure.locate(m.place(), m.topic());
        measure.nameInKorean(m.nameKo());
        measure.describeInKorean(m.definitionKo(), m.placeKo());
        put(measures, m.key(), measure, "measure");
    }

    private void addClaim(DemoClaim c) {
        Measure measure = c.measure() == null ? null : ref(measures, c.measure(), "measure", c.key());
        Claim claim = new Claim(ref(organizations, c.organization(), "organization", c.key()), c.statement(),
                c.language() == null ? "en" : c.language(), ClaimInputs.figure(c.figure()), measure);
        if (claim.getFigure() != null && claim.getFigure().getUnit() != measure.getUnit()) {
            throw new IllegalArgumentException("Claim " + c.key() + ": figure unit " + claim.getFigure().getUnit()
                    + " differs from the unit of measure " + measure.getSlug() + ".");
        }
        claim.holdFor(ClaimInputs.period(c.period()), c.place());
        claim.setTopics(c.topics() == null ? List.of() : c.topics());
        for (DemoCitation ci : c.citations()) {
            claim.cite(ref(sources, ci.source(), "source", c.key()),
                    ci.locator() == null ? null : new Locator(LocatorType.valueOf(ci.locator().type()), ci.locator().value()),
                    ci.quote() == null ? null : new QuoteAnchor(ci.quote().exact(), ci.quote().prefix(), ci.quote().suffix()),
                    Stance.valueOf(ci.stance()),
                    ci.relayedFrom() == null ? List.of() : ci.relayedFrom().stream()
                            .map(r -> new RelayHop(ref(sources, r.source(), "source", c.key()), r.locator()))
                            .toList());
        }
        ClaimStatus status = ClaimStatus.valueOf(c.status());
        if (status != ClaimStatus.DRAFT) {
            claim.moveTo(ClaimStatus.SUBMITTED);
            if (status != ClaimStatus.SUBMITTED) {
                claim.moveTo(status);
            }
        }
        put(claims, c.key(), claim, "claim");
    }

    private static <T> void put(Map<String, T> map, String key, T value, String what) {
        if (map.putIfAbsent(Objects.requireNonNull(key, what + " key"), value) != null) {
            throw new IllegalArgumentException("Two demo " + what + "s have the key \"" + key + "\".");
        }
    }

    private static <T> T ref(Map<String, T> map, String key, String what, String from) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException(from + " refers to " + what + " \"" + key + "\", which the demo lacks.");
        }
        return value;
    }

    private static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }

    public String checksum() {
        return checksum;
    }

    public List<Organization> organizations() {
        return new ArrayList<>(organizations.values());
    }

    public List<Source> sources() {
        return new ArrayList<>(sources.values());
    }

    /** The topics' Korean names, by the English name measures carry. */
    public Map<String, String> topicsInKorean() {
        return java.util.Collections.unmodifiableMap(topicsKo);
    }

    public List<Measure> measures() {
        return new ArrayList<>(measures.values());
    }

    public List<Claim> claims() {
        return new ArrayList<>(claims.values());
    }
}
