package org.corroborate.service.browse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The readable addresses of public pages, relative to the site's root, as the web layer's permalink filter reads them. */
public final class PermalinkPaths {

    private PermalinkPaths() {
    }

    public static String measure(String slug) {
        return "/measures/" + slug;
    }

    public static String reconciliation(String measureSlug, int version) {
        return "/measures/" + measureSlug + "/reconciliation/" + version;
    }

    public static String claim(long id) {
        return "/claims/" + id;
    }

    public static String source(long id) {
        return "/sources/" + id;
    }

    public static String organization(String slug) {
        return "/organizations/" + slug;
    }

    /** "/topics/Refugees%20and%20defectors": spaces as %20, not "+", so the path reads back the same. */
    public static String topic(String name) {
        return "/topics/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
