package org.corroborate.web.faces.source;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.service.browse.Browse;
import org.corroborate.service.browse.OrganizationLine;
import org.corroborate.service.browse.Page;
import org.corroborate.service.browse.SourceFilter;
import org.corroborate.service.browse.SourceLine;
import org.corroborate.web.faces.support.Pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The public sources ({@code /sources?kind=REPORT&organization=hrnk&page=2}), by title, filtered by kind and
 * holding organization. Sources held in confidence or for members only are never listed.
 */
@Named
@RequestScoped
public class SourcesPage {

    /** Sources per page. */
    static final int PAGE_SIZE = 20;

    @Inject
    Browse browse;

    private String kind;
    private String organization;
    private String page;
    private Page<SourceLine> sources;
    private List<OrganizationLine> organizations;

    public void load() {
        organizations = browse.organizations();
        if (kind != null && !Browse.sourceKinds().contains(kind)) {
            kind = null;
        }
        if (organization != null && organizations.stream().noneMatch(o -> o.slug().equals(organization))) {
            organization = null;
        }
        long n = Pages.id(page);
        int offset = (n < 1 || n > 100_000 ? 0 : (int) n - 1) * PAGE_SIZE;
        sources = browse.sources(new SourceFilter(kind, organization, offset, PAGE_SIZE));
    }

    /** The address of another page of the same list. */
    public String pageLink(int offset) {
        StringBuilder link = new StringBuilder("?page=").append(offset / PAGE_SIZE + 1);
        if (kind != null) {
            link.append("&kind=").append(kind);
        }
        if (organization != null) {
            link.append("&organization=").append(URLEncoder.encode(organization, StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    public List<String> getKinds() {
        return Browse.sourceKinds();
    }

    public List<OrganizationLine> getOrganizations() {
        return organizations;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null || kind.isBlank() ? null : kind.strip();
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization == null || organization.isBlank() ? null : organization.strip();
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public Page<SourceLine> getSources() {
        return sources;
    }
}
