package org.corroborate.service.access;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The person a read is made for: an anonymous member of the public, or a signed-in member of an organization.
 * Every read service takes one, so that what a page or an API answer shows is decided in one place.
 */
public final class Reader implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Reader ANONYMOUS = new Reader(null);

    private final String organizationSlug;

    private Reader(String organizationSlug) {
        this.organizationSlug = organizationSlug;
    }

    /** A signed-in member of the organization with this slug. */
    public static Reader memberOf(String organizationSlug) {
        return new Reader(Objects.requireNonNull(organizationSlug, "organization"));
    }

    public boolean isMember() {
        return organizationSlug != null;
    }

    public Optional<String> organizationSlug() {
        return Optional.ofNullable(organizationSlug);
    }

    @Override
    public String toString() {
        return isMember() ? "Reader[member of " + organizationSlug + "]" : "Reader[anonymous]";
    }
}
