package org.corroborate.web.faces.measure;

import org.corroborate.web.security.CurrentReader;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.model.measure.FlowPeriod;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.service.measure.MeasureDetails;
import org.corroborate.service.measure.MeasureWording;
import org.corroborate.service.measure.Measures;
import org.corroborate.service.measure.NewMeasure;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Editors keep the measures ({@code /review/measures.xhtml}): create one with its Korean forms, rename one in both
 * languages (its short address stays), merge one into another. Every change is audited by the service.
 */
@Named
@ViewScoped
public class MeasureEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String REVIEW = "org.corroborate.web.i18n.review";

    @Inject
    Measures measures;

    @Inject
    CurrentReader caller;

    /** The measure being renamed or merged ({@code ?slug=}), or null. */
    private String slug;
    private MeasureDetails chosen;
    private List<MeasureDetails> all = List.of();

    /** The form's fields: a new measure's, or the chosen measure's wording. */
    private String newSlug;
    private String unit;
    private String kind;
    private String flowPeriod;
    private String name;
    private String nameKo;
    private String definition;
    private String definitionKo;
    private String place;
    private String placeKo;
    private String topic;
    private String topicKo;
    private String mergeInto;

    public void load() {
        try {
            all = measures.list(caller.reader());
            chosen = slug == null || slug.isBlank() ? null : measures.details(slug, caller.reader()).orElse(null);
            if (chosen != null) {
                name = chosen.name();
                nameKo = chosen.nameKo();
                definition = chosen.definition();
                definitionKo = chosen.definitionKo();
                place = chosen.place();
                placeKo = chosen.placeKo();
                topic = chosen.topic();
                topicKo = chosen.topicKo();
            }
        } catch (RuntimeException e) {
            if (!FacesErrors.show(e)) {
                throw e;
            }
        }
    }

    public String create() {
        try {
            MeasureDetails created = measures.create(caller.reader(), new NewMeasure(newSlug, name, definition,
                            parse(Unit.class, unit), parse(MeasureKind.class, kind), parse(FlowPeriod.class, flowPeriod),
                            place, topic),
                    wording());
            return done("measures.created", created.slug());
        } catch (RuntimeException e) {
            return refused(e);
        }
    }

    public String rename() {
        try {
            MeasureDetails renamed = measures.rename(caller.reader(), chosen.slug(), chosen.version(), wording());
            return done("measures.renamed", renamed.slug());
        } catch (RuntimeException e) {
            return refused(e);
        }
    }

    public String merge() {
        try {
            MeasureDetails into = measures.merge(caller.reader(), chosen.slug(), mergeInto == null ? "" : mergeInto.strip());
            return done("measures.merged", into.slug());
        } catch (RuntimeException e) {
            return refused(e);
        }
    }

    private MeasureWording wording() {
        return new MeasureWording(name, nameKo, definition, definitionKo, place, placeKo, topic, topicKo);
    }

    private String done(String key, String slugShown) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(REVIEW, key, slugShown), null));
        return "/review/measures?faces-redirect=true&slug=" + slugShown;
    }

    private static String refused(RuntimeException e) {
        if (!FacesErrors.show(e)) {
            throw e;
        }
        return null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
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

    public List<MeasureDetails> getAll() {
        return all;
    }

    public MeasureDetails getChosen() {
        return chosen;
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getNewSlug() { return newSlug; }
    public void setNewSlug(String newSlug) { this.newSlug = newSlug; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getFlowPeriod() { return flowPeriod; }
    public void setFlowPeriod(String flowPeriod) { this.flowPeriod = flowPeriod; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameKo() { return nameKo; }
    public void setNameKo(String nameKo) { this.nameKo = nameKo; }
    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
    public String getDefinitionKo() { return definitionKo; }
    public void setDefinitionKo(String definitionKo) { this.definitionKo = definitionKo; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getPlaceKo() { return placeKo; }
    public void setPlaceKo(String placeKo) { this.placeKo = placeKo; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getTopicKo() { return topicKo; }
    public void setTopicKo(String topicKo) { this.topicKo = topicKo; }
    public String getMergeInto() { return mergeInto; }
    public void setMergeInto(String mergeInto) { this.mergeInto = mergeInto; }
}
