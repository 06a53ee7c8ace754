package org.corroborate.it;

import java.net.URL;

/**
 * Accounts for the benchmarks (package {@code org.corroborate.bench}), which act as members through the same sign-in
 * form the ITs use.
 */
public final class BenchAccounts {

    private BenchAccounts() {
    }

    /** A new personal API token of this account, created on its tokens page after signing in with the form. */
    public static String apiToken(URL base, String username, String password) {
        return WebClient.apiToken(base, username, password);
    }
}
