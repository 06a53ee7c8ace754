package org.corroborate.service.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Hashes and checks passwords with the platform's {@link Pbkdf2PasswordHash}: PBKDF2WithHmacSHA256,
 * {@value #ITERATIONS} iterations (the OWASP 2023 recommendation for this algorithm), a 32-byte random salt and
 * a 32-byte key. The stored text ({@code PBKDF2WithHmacSHA256:210000:<salt>:<hash>}) names its own parameters,
 * so raising the cost later keeps old hashes valid. Passwords are never stored or logged.
 */
@ApplicationScoped
public class Passwords {

    public static final int ITERATIONS = 210_000;

    /** Parameters also usable in a {@code @DatabaseIdentityStoreDefinition(hashAlgorithmParameters = ...)}. */
    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash hash;

    /** Checked against when a user name is unknown, so that answering takes as long as for a known one. */
    private volatile String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        try {
            return hash.verify(password.toCharArray(), storedHash);
        } catch (RuntimeException malformedHash) {
            return false;
        }
    }

    /** Spends the time of one check, for an unknown user name. */
    public void spendTimeOfOneCheck(String password) {
        String d = decoy;
        if (d == null) {
            d = hash.generate("decoy-password-not-used".toCharArray());
            decoy = d;
        }
        matches(password == null ? "" : password, d);
    }
}
