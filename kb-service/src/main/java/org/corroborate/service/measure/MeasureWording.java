package org.corroborate.service.measure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.corroborate.model.shared.StorableText;

/**
 * How a measure reads, in English and in Korean: its name, definition, place and topic. An editor renames a measure
 * with it; the Korean forms are optional (English stands in where one is missing). {@code topicKo} names the topic
 * in Korean for every measure of that topic.
 */
@StorableText
public record MeasureWording(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 300) String nameKo,
        @NotBlank @Size(max = 4000) String definition,
        @Size(max = 4000) String definitionKo,
        @Size(max = 200) String place,
        @Size(max = 200) String placeKo,
        @Size(max = 200) String topic,
        @Size(max = 200) String topicKo) {
}
