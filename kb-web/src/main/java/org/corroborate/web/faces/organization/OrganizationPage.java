package org.corroborate.web.faces.organization;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.service.browse.Browse;
import org.corroborate.service.browse.ClaimLine;
import org.corroborate.service.browse.OrganizationProfile;
import org.corroborate.service.browse.Page;
import org.corroborate.service.browse.SourceFilter;
import org.corroborate.service.browse.SourceLine;
import org.corroborate.web.faces.support.Pages;

/**
 * An organization ({@code /organizations/hrnk}) as the public sees it: who it is, its verified claims and public
 * sources (each paged on its own), its endorsements of and dissents from published reconciliations.
 */
@Named
@RequestScoped
public class OrganizationPage {

    /** Claims or sources per page. */
    static final int PAGE_SIZE = 20;

    @Inject
    Browse browse;

    private String slug;
    private String claimsPage;
    private String sourcesPage;
    private OrganizationProfile organization;
    private Page<ClaimLine> claims;
    private Page<SourceLine> sources;

    public void load() {
        organization = slug == null || !slug.matches("[a-z0-9-]{1,80}") ? null : browse.organization(slug).orElse(null);
        if (organization == null) {
            Pages.notFound();
            return;
        }
        claims = browse.claimsOf(slug, offset(claimsPage), PAGE_SIZE).orElseThrow();
        sources = browse.sources(new SourceFilter(null, slug, offset(sourcesPage), PAGE_SIZE));
    }

    private static int offset(String page) {
        long n = Pages.id(page);
        return (n < 1 || n > 100_000 ? 0 : (int) n - 1) * PAGE_SIZE;
    }

    /** The page number of a page starting at this offset, from 1. */
    public int pageOf(int offset) {
        return offset / PAGE_SIZE + 1;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getClaimsPage() {
        return claimsPage;
    }

    public void setClaimsPage(String claimsPage) {
        this.claimsPage = claimsPage;
    }

    public String getSourcesPage() {
        return sourcesPage;
    }

    public void setSourcesPage(String sourcesPage) {
        this.sourcesPage = sourcesPage;
    }

    public OrganizationProfile getOrganization() {
        return organization;
    }

    public Page<ClaimLine> getClaims() {
        return claims;
    }

    public Page<SourceLine> getSources() {
        return sources;
    }
}
