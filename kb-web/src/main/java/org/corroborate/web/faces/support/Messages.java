package org.corroborate.web.faces.support;

import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The view's language, and texts from the message bundles in it. */
public final class Messages {

    private Messages() {
    }

    /** The language of the view being rendered; English outside a view. */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    /**
     * A text from a bundle, in the view's language, formatted with the arguments when there are any.
     * A key the bundle lacks stands for itself.
     */
    public static String text(String bundleBaseName, String key, Object... args) {
        Locale locale = locale();
        ResourceBundle bundle = ResourceBundle.getBundle(bundleBaseName, locale);
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
