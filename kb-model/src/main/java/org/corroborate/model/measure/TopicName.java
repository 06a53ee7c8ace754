package org.corroborate.model.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.corroborate.model.shared.VisibleText;

/**
 * A topic's name in Korean. Measures name their topic in English ({@link Measure#getTopic()}); Korean readers see
 * this name instead, or the English one when none is given.
 */
@Entity
@Table(name = "topic_name")
public class TopicName {

    @Id
    @Column(length = 200)
    private String name;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_ko", nullable = false, length = 200)
    private String nameKo;

    protected TopicName() {
        // for JPA
    }

    public TopicName(String name, String nameKo) {
        if (VisibleText.isBlank(name) || VisibleText.isBlank(nameKo)) {
            throw new IllegalArgumentException("A topic's Korean name needs the topic and the name.");
        }
        this.name = name.strip();
        this.nameKo = nameKo.strip();
    }

    public String getName() {
        return name;
    }

    public String getNameKo() {
        return nameKo;
    }

    public void rename(String nameKo) {
        if (VisibleText.isBlank(nameKo)) {
            throw new IllegalArgumentException("A topic's Korean name cannot be blank.");
        }
        this.nameKo = nameKo.strip();
    }
}
