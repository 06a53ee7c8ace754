package org.corroborate.service.shared;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A message for a person, kept as a key into its domain's bundle ({@code <package>/Messages.properties}, with
 * {@code Messages_ko.properties} beside it) so that it is shown in the language of whoever reads it.
 *
 * @param bundle the bundle's base name
 * @param key    the key in that bundle
 * @param args   {@link MessageFormat} arguments
 */
public record Message(String bundle, String key, Object[] args) implements Serializable {

    /** Falls back to the base bundle (English), never to the server's own default language. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A message from the bundle of the package of {@code domain}. */
    public static Message of(Class<?> domain, String key, Object... args) {
        return new Message(domain.getPackageName() + ".Messages", key, args.clone());
    }

    /** The message in this language (English when the bundle has no such language, or no such key). */
    public String format(Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, locale, Message.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
