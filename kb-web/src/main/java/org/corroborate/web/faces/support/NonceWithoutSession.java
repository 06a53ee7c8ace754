package org.corroborate.web.faces.support;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.component.UIViewRoot;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import org.corroborate.web.security.SameOriginAndHeaders;
import org.primefaces.context.PrimeFacesContext;

/**
 * Keeps PrimeFaces' CSP mode from giving every anonymous reader a session.
 *
 * <p>Before a page is rendered, PrimeFaces draws the page's script nonce and, unless the view is transient, keeps it
 * in the view map, to compare it with the nonce a later postback sends. It does so before the view is built, so
 * before the template's {@code <f:view transient="...">} has said whether the view keeps state; a view map needs a
 * session, and a session would keep the public pages from being kept (web.freshness) and give every request for a
 * missing page a session of its own. So a page asked for with GET is transient until it is built, and then what
 * the template says (transient for anonymous readers of the read-only public pages; stateful for pages with forms).
 * Once it is built ({@link PreRenderViewEvent}), a stateful view keeps the nonce as PrimeFaces would have, so that a
 * postback must send its own page's nonce (PrimeFaces' script adds it to every form): any other answers 400 (web.xml),
 * and no nonce a request chose ever reaches a policy.
 */
public class NonceWithoutSession implements PhaseListener, SystemEventListener {

    /** Where PrimeFaces' {@code CspState} keeps a view's nonce, and the name of the form field that sends it back. */
    static final String NONCE = "primefaces.nonce";

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.getViewRoot() != null) {
            context.getViewRoot().setTransient(true);
        }
        // an error page rendered after a page that failed (a permalink's 404) sends its own script policy only: the
        // failed page's, with another nonce, would refuse every script of the error page
        if (context.getExternalContext().getRequestMap().containsKey(RequestDispatcher.ERROR_STATUS_CODE)
                && context.getExternalContext().getResponse() instanceof HttpServletResponse response
                && !response.isCommitted()) {
            response.setHeader("Content-Security-Policy", SameOriginAndHeaders.POLICY);
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIViewRoot view = context.getViewRoot();
        if (!context.isPostback() && view != null && !view.isTransient()) {
            view.getViewMap(true).put(NONCE, PrimeFacesContext.getCspState(context).getNonce());
        }
    }
}
