package org.corroborate.service.account;

import org.corroborate.service.shared.Sha256;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Random one-time secrets (invitation links, API tokens) and the SHA-256 hashes that are stored in their place. */
public final class Secrets {

    /** Every API token starts with this, so that scanners and people recognise one. */
    public static final String API_TOKEN_MARK = "cbt_";
    /** How much of an API token stays visible in the list of tokens: the mark and 8 characters. */
    public static final int VISIBLE_PREFIX = API_TOKEN_MARK.length() + 8;
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN_CHARACTERS = Pattern.compile("[A-Za-z0-9_-]+");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Secrets() {
    }

    /** An API token as it is shown once, with what is stored of it. */
    public record NewApiToken(String text, String prefix, String hash) {
        @Override
        public String toString() {
            return "NewApiToken[" + prefix + "…]";
        }
    }

    /** 32 random bytes in URL-safe Base64 (43 characters): for invitation links. */
    public static String randomToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    /** A new API token: {@code cbt_} followed by 43 URL-safe characters. */
    public static NewApiToken newApiToken() {
        String text = API_TOKEN_MARK + randomToken();
        return new NewApiToken(text, text.substring(0, VISIBLE_PREFIX), sha256(text));
    }

    /** True when the text has the shape of an API token (it may still be unknown or revoked). */
    public static boolean looksLikeApiToken(String text) {
        return text != null && text.startsWith(API_TOKEN_MARK)
                && text.length() == API_TOKEN_MARK.length() + 43
                && TOKEN_CHARACTERS.matcher(text).region(API_TOKEN_MARK.length(), text.length()).matches();
    }

    /** The SHA-256 of the text's UTF-8 bytes, as 64 lowercase hex digits. */
    public static String sha256(String text) {
        return Sha256.hex(text);
    }
}
