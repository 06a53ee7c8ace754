package org.corroborate.service.access;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The person a service call is made for: an anonymous member of the public, or a signed-in account of an
 * organization with its roles. Every service takes one, so that what a page or an API answer shows, and what
 * a change is allowed to do, is decided in the services and nowhere else.
 */
public final class Reader implements Serializable {

    private static final long serialVersionUID = 2L;

    public static final Reader ANONYMOUS = new Reader(null, null, null, EnumSet.noneOf(Role.class), Channel.WEB);

    /** The application acting on its own behalf (start-up, demo data); never used for a person's request. */
    public static final Reader SYSTEM = new Reader(null, "system", null, EnumSet.noneOf(Role.class), Channel.SYSTEM);

    private final Long accountId;
    private final String username;
    private final String organizationSlug;
    private final Set<Role> roles;
    private final Channel channel;

    private Reader(Long accountId, String username, String organizationSlug, Set<Role> roles, Channel channel) {
        this.accountId = accountId;
        this.username = username;
        this.organizationSlug = organizationSlug;
        this.roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        this.channel = channel;
    }

    /** A member of the organization with this slug who reads but holds no role (and no account): for reads only. */
    public static Reader memberOf(String organizationSlug) {
        return new Reader(null, null, Objects.requireNonNull(organizationSlug, "organization"), EnumSet.noneOf(Role.class), Channel.WEB);
    }

    /** A signed-in account. */
    public static Reader account(long accountId, String username, String organizationSlug, Set<Role> roles) {
        return new Reader(accountId, Objects.requireNonNull(username, "username"),
                Objects.requireNonNull(organizationSlug, "organization"), Objects.requireNonNull(roles, "roles"), Channel.WEB);
    }

    /** The same person, reaching the services through another channel. */
    public Reader via(Channel channel) {
        return new Reader(accountId, username, organizationSlug, roles, Objects.requireNonNull(channel, "channel"));
    }

    public Channel channel() {
        return channel;
    }

    public boolean isMember() {
        return organizationSlug != null;
    }

    public Optional<String> organizationSlug() {
        return Optional.ofNullable(organizationSlug);
    }

    /** @return true when this reader is a member of the organization with this slug */
    public boolean belongsTo(String slug) {
        return organizationSlug != null && organizationSlug.equals(slug);
    }

    public Optional<Long> accountId() {
        return Optional.ofNullable(accountId);
    }

    /** The account's user name, or "anonymous". */
    public String username() {
        if (username != null) {
            return username;
        }
        return organizationSlug == null ? "anonymous" : "member of " + organizationSlug;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isPlatformAdmin() {
        return roles.contains(Role.PLATFORM_ADMIN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reader r && Objects.equals(accountId, r.accountId) && Objects.equals(username, r.username)
                && Objects.equals(organizationSlug, r.organizationSlug) && roles.equals(r.roles) && channel == r.channel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, username, organizationSlug, roles, channel);
    }

    @Override
    public String toString() {
        if (!isMember()) {
            return "Reader[anonymous]";
        }
        return "Reader[" + username() + " of " + organizationSlug + " " + roles + "]";
    }
}
