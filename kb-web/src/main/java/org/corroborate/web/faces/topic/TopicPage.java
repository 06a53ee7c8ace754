package org.corroborate.web.faces.topic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.service.browse.Browse;
import org.corroborate.service.browse.TopicView;
import org.corroborate.web.faces.support.Pages;

/** A topic ({@code /topics/Refugees%20and%20defectors}): its measures with public figures, a page at a time. */
@Named
@RequestScoped
public class TopicPage {

    /** Measures per page. */
    static final int PAGE_SIZE = 20;

    @Inject
    Browse browse;

    private String name;
    private String page;
    private TopicView topic;

    public void load() {
        topic = name == null || name.isBlank() || name.length() > 200 ? null
                : browse.topic(name, (pageNumber() - 1) * PAGE_SIZE, PAGE_SIZE).orElse(null);
        if (topic == null) {
            Pages.notFound();
        }
    }

    /** The page asked for, from 1; 1 when none or nonsense is given. */
    public int pageNumber() {
        long n = Pages.id(page);
        return n < 1 || n > 100_000 ? 1 : (int) n;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public TopicView getTopic() {
        return topic;
    }
}
