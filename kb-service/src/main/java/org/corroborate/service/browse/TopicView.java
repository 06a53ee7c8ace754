package org.corroborate.service.browse;

/** A topic and one page of its public measures, by name. */
public record TopicView(String name, String permalink, Page<MeasureLine> measures) {
}
