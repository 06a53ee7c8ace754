package org.corroborate.service.account;

import java.util.Optional;

/** What a new password must be: at least 12 characters (NIST SP 800-63B favours length over composition rules). */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordRules() {
    }

    /** The key of the message explaining what is wrong with the password, or empty when it is acceptable. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.isBlank() || (username != null && password.strip().equalsIgnoreCase(username.strip()))) {
            return Optional.of("password.likeUsername");
        }
        return Optional.empty();
    }
}
