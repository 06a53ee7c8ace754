package org.corroborate.web.faces.support;

import org.corroborate.web.i18n.ViolationMessages;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import jakarta.validation.Validation;



import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that turns a service's refusal into messages on the page (used by {@link RefusalExceptionHandler}
 * for every action, and by beans that catch a refusal to do more than show it): a Bean Validation violation goes to
 * the component it concerns, named by its label and in the page's language, every violation at once; the other
 * refusals ({@link FacesErrors}) go to the top of the page.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * Shows the refusal and marks the request as failed validation.
     *
     * @return false when the exception is none of the services' refusals (then nothing was shown)
     */
    public static boolean show(Throwable e) {
        Throwable t = unwrap(e);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (t instanceof ConstraintViolationException cve) {
            Map<String, String> fields = fields(faces);
            cve.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> showOnField(faces, fields, v));
            faces.validationFailed();
            return true;
        }
        if (t instanceof RuntimeException r) {
            return FacesErrors.show(r);
        }
        // a commit the database refused arrives as a checked RollbackException inside the container's wrappers:
        // FacesErrors looks through the whole chain for a change the database could not store
        return e instanceof RuntimeException wrapped && FacesErrors.show(wrapped);
    }

    /** The exception a service threw, without the container's and the expression language's wrappers. */
    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t
                && (t instanceof EJBException || t instanceof jakarta.faces.FacesException
                || t instanceof jakarta.el.ELException)) {
            t = t.getCause();
        }
        return t;
    }

    private static void showOnField(FacesContext faces, Map<String, String> fields, ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String message = ViolationMessages.in(v, Messages.locale());
        Optional<UIComponent> component = componentFor(faces, fields, path);
        if (component.isPresent()) {
            UIComponent c = component.get();
            if (c instanceof UIInput input) {
                input.setValid(false);
            }
            String label = label(faces, c);
            faces.addMessage(c.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    label == null ? message : label + ": " + message, null));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, readable(path) + ": " + message, null));
        }
    }

    /** The view-scoped beans' mappings, together. */
    private static Map<String, String> fields(FacesContext faces) {
        UIViewRoot view = faces.getViewRoot();
        if (view == null) {
            return Map.of();
        }
        Map<String, String> all = new java.util.HashMap<>();
        view.getViewMap().values().stream()
                .map(bean -> bean instanceof FormFields f ? f : null)
                .filter(Objects::nonNull)
                .forEach(f -> all.putAll(f.fieldComponents()));
        return all;
    }

    private static Optional<UIComponent> componentFor(FacesContext faces, Map<String, String> fields, String path) {
        String id = fields.entrySet().stream()
                .filter(e -> path.equals(e.getKey()) || path.endsWith("." + e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(null);
        return id == null ? Optional.empty() : find(faces, id);
    }

    /** The rendered component of this id (not of a ui:repeat's rows), searched through the whole view. */
    static Optional<UIComponent> find(FacesContext faces, String id) {
        UIComponent[] found = new UIComponent[1];
        VisitContext visit = VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        faces.getViewRoot().visitTree(visit, (context, target) -> {
            if (id.equals(target.getId())) {
                found[0] = target;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return Optional.ofNullable(found[0]);
    }

    /** The text of the label a component has: its "label" attribute, else the output label naming it. */
    private static String label(FacesContext faces, UIComponent c) {
        Object label = c.getAttributes().get("label");
        if (label != null) {
            return label.toString();
        }
        UIComponent parent = c.getParent();
        List<UIComponent> siblings = parent == null ? List.of() : parent.getChildren();
        for (UIComponent sibling : siblings) {
            Object forId = sibling.getAttributes().get("for");
            Object value = sibling.getAttributes().get("value");
            if (c.getId().equals(forId) && value != null) {
                return value.toString();
            }
        }
        return null;
    }

    /** A path the page has no component for, readable: "draft.command.citations[1].quote" → "citations[1].quote". */
    private static String readable(String path) {
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : path;
    }
}
