package org.corroborate.service.account;

import java.time.Instant;

/** An API token as its owner sees it in the list: name and visible prefix, never the token. */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
