package org.corroborate.web.faces.reconciliation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.reconciliation.ReconciliationView;
import org.corroborate.service.reconciliation.Reconciliations;
import org.corroborate.service.reconciliation.VersionView;
import org.corroborate.web.faces.support.Messages;

import java.util.HashMap;
import java.util.Map;

/** The measure's public figure on its page ({@code measure-reconciliation.xhtml}). */
@Named
@RequestScoped
public class ReconciliationSection {

    static final String BUNDLE = "org.corroborate.web.i18n.reconciliation";

    @Inject
    Reconciliations reconciliations;

    @Inject
    CurrentReader caller;

    private final Map<String, ReconciliationView> views = new HashMap<>();

    /** The measure's reconciliation as the measure page already read it, so that the page reads it once. */
    public void use(String slug, ReconciliationView view) {
        views.put(slug, view);
    }

    public ReconciliationView of(String slug) {
        return slug == null ? null : views.computeIfAbsent(slug, s -> reconciliations.current(s, caller.reader()).orElse(null));
    }

    /** "80,000–120,000 persons (best estimate 100,000)". */
    public String figure(VersionView v) {
        if (v == null) {
            return "";
        }
        java.text.NumberFormat n = java.text.NumberFormat.getNumberInstance(Messages.locale());
        String range = v.low().compareTo(v.high()) == 0 ? n.format(v.low()) : n.format(v.low()) + "–" + n.format(v.high());
        // the unit as the service writes it ("persons", "%") in English; in Korean its own word ("명")
        String unit = "en".equals(Messages.locale().getLanguage()) || v.unit() == null ? v.unitSymbol()
                : Messages.text("org.corroborate.web.i18n.messages", "unit." + v.unit());
        String text = range + " " + unit;
        if (v.best() != null && v.low().compareTo(v.high()) != 0) {
            text += " (" + Messages.text(BUNDLE, "figure.best", n.format(v.best())) + ")";
        }
        return text;
    }
}
