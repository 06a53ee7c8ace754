package org.corroborate.web.faces.contribute;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.model.measure.FlowPeriod;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.service.access.Reader;
import org.corroborate.service.browse.Browse;
import org.corroborate.service.browse.TopicCount;
import org.corroborate.service.measure.MeasureChoice;
import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.measure.MeasureSlugs;
import org.corroborate.service.measure.Measures;
import org.corroborate.service.measure.NewMeasure;
import org.corroborate.web.faces.support.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The claim form's measure: picked from every measure the member may see (found by English name, Korean name or
 * short address, shown in the page's language with the address), or proposed with the claim: a name in English, in
 * Korean or both, a definition, unit and kind (with the period a flow or rate counts over), a topic. The proposal's
 * short address is made from the English name unless the member types one.
 */
@Dependent
public class MeasureChooser implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Enough for every measure of a knowledge base of this size; the best matches first. */
    static final int MAX_CHOICES = 200;

    @Inject
    Measures measures;

    @Inject
    Browse browse;

    @Inject
    CurrentReader caller;

    private String measure;
    private final Map<String, MeasureChoice> known = new HashMap<>();

    private boolean propose;
    private String slug;
    private String name;
    private String nameKo;
    private String definition;
    private String unit = "PERSONS";
    private String kind = "STOCK";
    private String flowPeriod;
    private String topic;

    void fill(MeasureRef m) {
        measure = m == null ? null : m.slug();
        if (m != null && !known.containsKey(m.slug())) {
            measures.choices(caller.reader(), m.slug(), 1).forEach(c -> known.put(c.slug(), c));
        }
        propose = false;
    }

    /** The slug of the chosen measure, or null when a measure is proposed instead (or none chosen). */
    String chosen() {
        return propose ? null : measure;
    }

    /** The proposal to send, or null when none is made. Incomplete proposals are sent too: the service says what lacks. */
    NewMeasure proposal(String place, List<String> topics) {
        if (!propose) {
            return null;
        }
        String theTopic = !blank(topic) ? topic : topics == null || topics.isEmpty() ? null : topics.get(0);
        MeasureKind k = MeasureKind.valueOf(kind);
        return new NewMeasure(strip(slug), strip(name), strip(definition), Unit.valueOf(unit), k,
                k.hasPerPeriod() && !blank(flowPeriod) ? FlowPeriod.valueOf(flowPeriod) : null,
                strip(place), theTopic, strip(nameKo));
    }

    /** Slugs of the measures the typed text names, best first (all of them for nothing typed). */
    public List<String> complete(String typed) {
        List<MeasureChoice> found = measures.choices(caller.reader(), typed, MAX_CHOICES);
        found.forEach(c -> known.put(c.slug(), c));
        return found.stream().map(MeasureChoice::slug).toList();
    }

    /** "Name in the page's language (slug)". */
    public String label(String slug) {
        if (slug == null || slug.isBlank()) {
            return "";
        }
        MeasureChoice c = known.get(slug);
        return c == null ? slug : c.name(Messages.locale()) + " (" + slug + ")";
    }

    /** The short address the proposal gets when none is typed: from the English name, else "measure-…". */
    public String getDerivedSlug() {
        String derived = MeasureSlugs.fromName(name);
        return derived.isEmpty() ? "measure-…" : derived;
    }

    public List<String> getTopicChoices() {
        return browse.topics().stream().map(TopicCount::name).toList();
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

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getMeasure() { return measure; }
    public void setMeasure(String measure) { this.measure = measure; }
    public boolean isPropose() { return propose; }
    public void setPropose(boolean propose) { this.propose = propose; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameKo() { return nameKo; }
    public void setNameKo(String nameKo) { this.nameKo = nameKo; }
    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getFlowPeriod() { return flowPeriod; }
    public void setFlowPeriod(String flowPeriod) { this.flowPeriod = flowPeriod; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
}
