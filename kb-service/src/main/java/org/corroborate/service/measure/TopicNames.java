package org.corroborate.service.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corroborate.model.measure.TopicName;
import org.corroborate.model.shared.VisibleText;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Topics' Korean names, keyed by the English name measures carry. Called inside services' transactions (and by
 * browsing, to put the Korean name beside the English one in its views).
 */
@ApplicationScoped
public class TopicNames {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    /** Every topic's Korean name, by its English name. */
    public Map<String, String> korean() {
        return em.createQuery("SELECT t FROM TopicName t", TopicName.class).getResultStream()
                .collect(Collectors.toMap(TopicName::getName, TopicName::getNameKo));
    }

    /** The topic's Korean name, or null. */
    public String korean(String topic) {
        if (topic == null) {
            return null;
        }
        TopicName t = em.find(TopicName.class, topic);
        return t == null ? null : t.getNameKo();
    }

    /** Names the topic in Korean; a blank name leaves the one given before (topics are shared by many measures). */
    public void name(String topic, String nameKo) {
        if (VisibleText.isBlank(topic) || VisibleText.isBlank(nameKo)) {
            return;
        }
        TopicName t = em.find(TopicName.class, topic.strip());
        if (t == null) {
            em.persist(new TopicName(topic, nameKo));
        } else {
            t.rename(nameKo);
        }
    }
}
