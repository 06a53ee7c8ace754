package org.corroborate.web.faces.claim;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.service.access.Reader;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.claim.Claims;
import org.corroborate.web.faces.support.Pages;

import java.io.Serializable;

/** A claim by id ({@code /claim.xhtml?id=42}) with its citations. */
@Named
@ViewScoped
public class ClaimPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Claims claims;

    @Inject
    Reader reader;

    private String id;
    private ClaimView claim;

    public void load() {
        long claimId = Pages.id(id);
        claim = claimId < 0 ? null : claims.find(claimId, reader).orElse(null);
        if (claim == null) {
            Pages.notFound();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ClaimView getClaim() {
        return claim;
    }
}
