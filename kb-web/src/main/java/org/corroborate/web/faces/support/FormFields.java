package org.corroborate.web.faces.support;

import java.util.Map;

/**
 * A form bean that tells which of its components a service's refusal concerns: property paths of the services'
 * commands (the end of a Bean Validation violation's path, such as {@code figure.high} or {@code proposedMeasure.name})
 * to the ids of the components where the person corrects them ({@code high}, {@code m-name}). {@link Refusals} uses
 * it for every view-scoped bean of the view that implements it.
 */
public interface FormFields {

    /** Property path endings to component ids; the longest ending that matches wins. */
    Map<String, String> fieldComponents();
}
