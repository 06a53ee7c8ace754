package org.corroborate.web.faces.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.review.ReviewFilter;
import org.corroborate.service.review.ReviewItem;
import org.corroborate.service.review.Reviews;
import org.corroborate.web.faces.support.FacesErrors;

import java.io.Serializable;
import java.util.List;

/** The review queue ({@code /review/queue.xhtml}): submitted claims, the longest waiting first. */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reviews reviews;

    @Inject
    CurrentReader caller;

    private String measure;
    private String topic;
    private String organization;
    private boolean othersOnly;
    private List<ReviewItem> items = List.of();

    public void load() {
        items = reviews.queue(caller.reader(), new ReviewFilter(measure, topic, organization, othersOnly, 0, 200));
    }

    public List<ReviewItem> getItems() {
        return items;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public boolean isOthersOnly() {
        return othersOnly;
    }

    public void setOthersOnly(boolean othersOnly) {
        this.othersOnly = othersOnly;
    }
}
