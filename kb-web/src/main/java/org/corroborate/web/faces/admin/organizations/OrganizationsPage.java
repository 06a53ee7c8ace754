package org.corroborate.web.faces.admin.organizations;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.corroborate.web.security.CurrentReader;

import org.corroborate.service.account.Accounts;
import org.corroborate.service.organization.NewOrganization;
import org.corroborate.service.organization.Organizations;

import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.web.faces.account.Texts;

import org.corroborate.web.faces.support.FormFields;

import java.io.Serializable;
import java.util.Map;
import java.util.List;

/** Member organizations ({@code /admin/organizations.xhtml}): platform admins list and add them. */
@Named
@ViewScoped
public class OrganizationsPage implements Serializable, FormFields {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    Organizations organizations;

    @Inject
    CurrentReader caller;

    private String slug;
    private String name;
    private String shortName;
    private String country;
    private String website;
    private List<OrganizationRef> all;

    /** Adds the organization; a refusal goes on to web.faces.support.Refusals, which shows it on its field. */
    public void add() {
        OrganizationRef added = accounts.addOrganization(caller.reader(), new NewOrganization(slug, name, shortName, country, website, null));
        Texts.info(null, "organizations.added", added.displayName());
        slug = null;
        name = null;
        shortName = null;
        country = null;
        website = null;
        all = null;
    }

    @Override
    public Map<String, String> fieldComponents() {
        return Map.of("command.slug", "slug", "command.name", "name", "command.shortName", "shortName",
                "command.country", "country", "command.website", "website");
    }

    public boolean isAllowed() {
        return caller.reader().isPlatformAdmin();
    }

    /** Loaded once per view, and again after an organization was added. */
    public List<OrganizationRef> getAll() {
        if (all == null) {
            all = organizations.all();
        }
        return all;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
