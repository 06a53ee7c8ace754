package org.corroborate.service.account;

import java.time.Instant;

/** A new API token with its text, shown once: only its hash is kept; when it expires (null for never). */
public record IssuedApiToken(long id, String name, String token, String prefix, Instant createdAt, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + id + " " + name + " " + prefix + "…]";
    }
}
