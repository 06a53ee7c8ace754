package org.corroborate.web.faces.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.service.access.Reader;
import org.corroborate.service.measure.MeasureView;
import org.corroborate.service.measure.Measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The measures, grouped by topic, each with the figures claimed for it. */
@Named("home")
@RequestScoped
public class HomePage {

    @Inject
    Measures measures;

    @Inject
    Reader reader;

    private List<TopicGroup> topics;

    /** Measures of one topic. */
    public record TopicGroup(String topic, List<MeasureView> measures) {
    }

    public List<TopicGroup> getTopics() {
        if (topics == null) {
            Map<String, List<MeasureView>> byTopic = new LinkedHashMap<>();
            for (MeasureView m : measures.overview(reader)) {
                byTopic.computeIfAbsent(Objects.requireNonNullElse(m.topic(), ""), t -> new ArrayList<>()).add(m);
            }
            topics = byTopic.entrySet().stream().map(e -> new TopicGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
        }
        return topics;
    }

    public int getMeasureCount() {
        return getTopics().stream().mapToInt(t -> t.measures().size()).sum();
    }

    public int getClaimCount() {
        return getTopics().stream().flatMap(t -> t.measures().stream()).mapToInt(m -> m.claims().size()).sum();
    }
}
