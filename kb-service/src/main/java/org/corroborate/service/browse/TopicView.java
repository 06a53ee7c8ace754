package org.corroborate.service.browse;

/** A topic and one page of its public measures, by name. */
/** {@code nameKo}: the topic's Korean name, null when none is given. */
public record TopicView(String name, String permalink, Page<MeasureLine> measures, String nameKo) {
}
