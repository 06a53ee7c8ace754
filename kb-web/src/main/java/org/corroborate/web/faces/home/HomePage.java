package org.corroborate.web.faces.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.service.browse.Browse;
import org.corroborate.service.browse.HomeView;
import org.corroborate.service.browse.OrganizationLine;

import java.util.List;

/**
 * The home page: the latest published reconciliations and verified claims, what is contested, the topics and the
 * member organizations; every list bounded, whatever the size of the knowledge base.
 */
@Named("home")
@RequestScoped
public class HomePage {

    @Inject
    Browse browse;

    private HomeView view;
    private List<OrganizationLine> organizations;

    public HomeView getView() {
        if (view == null) {
            view = browse.home(Browse.HOME_LIST);
        }
        return view;
    }

    public List<OrganizationLine> getOrganizations() {
        if (organizations == null) {
            organizations = browse.organizations();
        }
        return organizations;
    }
}
