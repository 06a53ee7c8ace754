package org.corroborate.service.browse;

/** A topic with how many measures of it have at least one public (verified) claim. */
public record TopicCount(String name, long measures, String permalink) {
}
