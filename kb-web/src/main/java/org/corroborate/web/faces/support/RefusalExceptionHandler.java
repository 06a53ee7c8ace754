package org.corroborate.web.faces.support;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;

import java.util.Iterator;

/**
 * A service's refusal thrown by a page's action (invalid input, not permitted, a stale edit, too busy, a change the
 * database could not store) is shown on the same page, as {@link Refusals} shows it, with what the person entered
 * kept: beans call the services and let refusals through instead of catching each. Anything else goes on to the
 * container (the 500 page).
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEvent event = events.next();
            PhaseId phase = event.getContext().getPhaseId();
            // actions and listeners of a postback; a refusal while rendering is a fault of the page
            boolean postbackPhase = phase == PhaseId.INVOKE_APPLICATION || phase == PhaseId.PROCESS_VALIDATIONS
                    || phase == PhaseId.UPDATE_MODEL_VALUES || phase == PhaseId.APPLY_REQUEST_VALUES;
            if (faces != null && postbackPhase && !faces.getResponseComplete()
                    && Refusals.show(event.getContext().getException())) {
                events.remove();
                faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
