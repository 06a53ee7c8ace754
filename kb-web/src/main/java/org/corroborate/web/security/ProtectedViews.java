package org.corroborate.web.security;

import jakarta.faces.FactoryFinder;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The protected views of faces-config (the pages that change accounts) asked for without the session's
 * {@code jakarta.faces.Token} (a bookmark, a link from another site) are answered 403 with the page that says so
 * and offers the way in (its links carry the token). The token is checked here, before Faces checks it: Faces
 * answers a missing or wrong token with a ProtectedViewException (a 500) and writes the session's token, a secret,
 * to the server log. Registered in faces-config.
 */
public class ProtectedViews implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String REFUSAL = "/WEB-INF/errorpages/protected-view.xhtml";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getViewRoot() != null || faces.isPostback()) {
            return; // a postback is protected by its view state, which another site cannot read
        }
        ExternalContext external = faces.getExternalContext();
        ViewHandler views = faces.getApplication().getViewHandler();
        String path = external.getRequestPathInfo() != null ? external.getRequestPathInfo() : external.getRequestServletPath();
        if (path == null || !views.getProtectedViewsUnmodifiable().contains(views.deriveLogicalViewId(faces, path))
                || carriesToken(faces, views)) {
            return;
        }
        external.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
        // a view already in place is rendered as it is: Faces restores nothing and checks no token
        faces.setViewRoot(views.createView(faces, REFUSAL));
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after
    }

    /** Whether the request carries the session's token, compared as Faces compares it (it keeps it URL-encoded). */
    private static boolean carriesToken(FacesContext faces, ViewHandler views) {
        String given = faces.getExternalContext().getRequestParameterMap().get(ResponseStateManager.NON_POSTBACK_VIEW_TOKEN_PARAM);
        if (given == null) {
            return false;
        }
        RenderKitFactory kits = (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
        String expected = kits.getRenderKit(faces, views.calculateRenderKitId(faces)).getResponseStateManager()
                .getCryptographicallyStrongTokenFromSession(faces);
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                URLEncoder.encode(given, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
    }
}
