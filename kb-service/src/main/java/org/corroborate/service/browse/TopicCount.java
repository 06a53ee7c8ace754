package org.corroborate.service.browse;

/** A topic with how many measures of it have at least one public (verified) claim. */
/** {@code nameKo}: the topic's Korean name, null when none is given. */
public record TopicCount(String name, long measures, String permalink, String nameKo) {
}
