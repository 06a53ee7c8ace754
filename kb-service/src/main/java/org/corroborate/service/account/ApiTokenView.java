package org.corroborate.service.account;

import java.io.Serializable;
import java.time.Instant;

/**
 * An API token as its owner sees it in the list: name and visible prefix, never the token; when it was revoked, and
 * when it expires (null for never).
 */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
                           Instant expiresAt) implements Serializable {

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Whether it no longer works by itself: its expiry has passed. */
    public boolean isExpired() {
        return expiresAt != null && !Instant.now().isBefore(expiresAt);
    }
}
