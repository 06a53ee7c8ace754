package org.corroborate.service.browse;

import org.corroborate.model.measure.Measure;

import java.util.Locale;

/** A measure as browse lists mention it: names in both languages, its topic, and its permalink. */
public record MeasureLink(long id, String slug, String name, String nameKo, String topic, String unit,
                          String unitSymbol, String permalink) {

    static MeasureLink of(Measure m) {
        return new MeasureLink(m.getId(), m.getSlug(), m.getName(), m.getNameKo(), m.getTopic(), m.getUnit().name(),
                m.getUnit().symbol(), PermalinkPaths.measure(m.getSlug()));
    }

    /** The topic's permalink, or null for a measure without a topic. */
    public String topicPermalink() {
        return topic == null ? null : PermalinkPaths.topic(topic);
    }
}
