package org.corroborate.it;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Hostile values for {@link FuzzIT}: what a careless client, a broken script or an attacker sends in place of a
 * text, a number, a date, a JSON body or a header. Every choice is drawn from the {@link Random} given, so a seed
 * gives the same values again.
 */
final class FuzzValues {

    private static final List<String> TEXTS = List.of(
            "", " ", "   \t\n", "a", "0", "-1", "null", "true", "undefined", "[]", "{}",
            "\u200b", "\u200b\u200c\u200d\ufeff", "\u202eevil\u202c", "\u0000", "a\u0000b", "\u0001\u0002\u001f", "\r\n\r\n",
            "\ud83d\ude00\ud83d\udc4d", "\ufffd", "\uffff", "탈북자 수", "조선민주주의인민공화국", "日本語", "العربية", "Ω≈ç√∫",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "' OR '1'='1' --",
            "'; DROP TABLE claim; --", "\\", "\\\\", "\"", "'", "`", "%", "%00", "%%", "%s%s%s%n", "{0}", "{{7*7}}",
            "#{1+1}", "${7*7}", "${jndi:ldap://127.0.0.1:1/x}", "../../../../etc/passwd", "..\\..\\windows\\win.ini",
            "/WEB-INF/web.xml", "file:///etc/passwd", "http://127.0.0.1:1/", "=1+1", "+1", "-1+2", "@SUM(A1)",
            "\u0085", "\u2028\u2029", "a".repeat(256), "é".repeat(2000), "x".repeat(70_000), "nk-population",
            "NK-POPULATION", "tongil-mom", "PUBLIC", "CONFIDENTIAL", "MEMBERS_ONLY", "REPORT", "en", "ko", "zz-ZZ");

    private static final List<String> NUMBERS = List.of(
            "0", "-0", "1", "-1", "2", "7", "42", "1000", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "99999999999999999999999999999", "1.5", "0.0000001", "1e3",
            "1e309", "-1e309", "1e-320", "4.9e-324", "NaN", "Infinity", "-Infinity", "0x10", "010", "1_000", "1,5", "½",
            "١٢٣", "", " ", "abc", "1e", "--1", "+1", ".5", "5.");

    private static final List<String> DATES = List.of(
            "2024", "2024-05", "2024-05-17", "2024-13", "2024-02-30", "2024-00-00", "0000", "0000-01-01", "-0001",
            "9999-12-31", "99999", "1900", "1000-01-01", "2024/05/17", "17.05.2024", "2024-05-17T10:15:30Z", "yesterday",
            "", "2024-5", "24", "2024-W20", "2024-05-17T25:61:61", "Sun, 06 Dec 2026 18:00:00 GMT");

    /** JSON texts a parser must refuse quickly, or read as the wrong shape. */
    private static final List<String> JSON_TEXTS = List.of(
            "", " ", "{", "}", "[", "{\"zz\":{\"a\":1", "{\"a\":", "{\"a\":1,}", "[1,2,]", "{'a':1}", "{a:1}",
            "{\"a\":1}{\"b\":2}", "// comment\n{}", "/* c */{}", "\ufeff{}", "null", "true", "0", "\"text\"", "[]", "{}",
            "[{}]", "[null]", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":1e309}", "{\"a\":-1e309}", "{\"a\":1e-400}",
            "{\"a\":01}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}", "{\"a\":\"\\x00\"}", "{\"a\":1,\"a\":2}",
            "{\"title\":{\"title\":{\"title\":{}}}}", "{\"id\":[],\"title\":[],\"kind\":{}}", "[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]",
            "{\"zz\":[1,2,{\"a\":", "\"\\", "{\"a\":\"b", "{\"a\" 1}", "{\"a\"::1}", "{,}", "{\"\":\"\"}");

    static final List<String> ACCEPTS = List.of(
            "application/json", "text/html", "application/problem+json", "*/*", "text/csv", "application/xml",
            "text/plain", "application/ld+json", "image/png", "", "a/b/c", ";;;", "text/html;q=abc", "*/*;q=0",
            "application/json;charset=utf-16", "application/atom+xml", "text/html, application/json;q=0.1");

    static final List<String> LANGUAGES = List.of(
            "ko", "en", "ko-KR,ko;q=0.9,en;q=0.1", "*", "", "zz", ";;;q=x", "en;q=x", ",,,", "*;q=abc;;", "x".repeat(300),
            "ko;q=2", "en-US-x-private-" + "a".repeat(60), "i-klingon", "de, fr;q=0.5");

    static final List<String> CONTENT_TYPES = List.of(
            "application/json", "application/json;charset=UTF-8", "application/json; charset=latin1",
            "application/json; charset=nonsense", "text/plain", "text/csv", "text/csv;charset=utf-16", "application/x-bibtex",
            "application/x-research-info-systems", "application/vnd.citationstyles.csl+json", "application/pdf",
            "application/octet-stream", "application/x-www-form-urlencoded", "multipart/form-data",
            "multipart/form-data; boundary=", "multipart/form-data; boundary=fuzz", "application/xml", "text/html",
            "a/b/c", ";", "application/", "*/*", "application/json; boundary=x; charset=", "image/png");

    private FuzzValues() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A text a field might receive. */
    static String text(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> number(random);
            case 1 -> date(random);
            case 2 -> randomUnicode(random, 1 + random.nextInt(40));
            case 3 -> pick(random, TEXTS) + pick(random, TEXTS);
            default -> pick(random, TEXTS);
        };
    }

    static String number(Random random) {
        return random.nextInt(5) == 0 ? Long.toString(random.nextLong()) : pick(random, NUMBERS);
    }

    static String date(Random random) {
        return pick(random, DATES);
    }

    /** Code points from every plane, surrogates and private use included. */
    static String randomUnicode(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(6);
            int c = switch (kind) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x5f);
                case 2 -> 0xac00 + random.nextInt(11172);
                case 3 -> 0xd800 + random.nextInt(0x800); // a lone surrogate
                case 4 -> 0x1f300 + random.nextInt(0x300);
                default -> random.nextInt(0x110000);
            };
            s.appendCodePoint(c);
        }
        return s.toString();
    }

    /** A JSON value of any type, with hostile leaves. */
    static String jsonValue(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 4 : 7);
        return switch (kind) {
            case 0 -> jsonString(text(random));
            case 1 -> pick(random, List.of("0", "-1", "1e309", "-0", "1.5", "9223372036854775808", "1e-320", "true",
                    "false", "null", "2147483648", "-99999999999999999999"));
            case 2 -> Long.toString(random.nextLong());
            case 3 -> jsonString(pick(random, TEXTS));
            case 4 -> "[" + jsonValue(random, depth + 1) + (random.nextBoolean() ? "," + jsonValue(random, depth + 1) : "") + "]";
            case 5 -> "{" + jsonString(text(random)) + ":" + jsonValue(random, depth + 1) + "}";
            default -> "{}";
        };
    }

    /** A JSON body that is not what any endpoint expects: malformed, deep, huge, or of the wrong shape. */
    static String jsonBody(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> "[".repeat(1 + random.nextInt(200_000)) + (random.nextBoolean() ? "]".repeat(3) : "");
            case 1 -> "{\"a\":".repeat(1 + random.nextInt(100_000)) + "1" + "}".repeat(random.nextInt(3));
            case 2 -> "[" + "1,".repeat(random.nextInt(200_000)) + "1]";
            case 3 -> "{\"title\":\"" + "x".repeat(random.nextInt(8) == 0 ? 1_500_000 : random.nextInt(100_000)) + "\"}";
            case 4, 5 -> jsonValue(random, 0);
            default -> pick(random, JSON_TEXTS);
        };
    }

    /** A body of raw bytes: invalid UTF-8, a BOM, binary, a PDF header with nothing behind it, a gzip header. */
    static byte[] bytes(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> new byte[]{(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28, (byte) 0xa0, (byte) 0xa1, (byte) 0xe2, 0x28};
            case 1 -> "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
            case 2 -> new byte[]{0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};
            case 3 -> {
                byte[] b = new byte[random.nextInt(4096)];
                random.nextBytes(b);
                yield b;
            }
            case 4 -> ("@article{x,\n title = {" + "{".repeat(random.nextInt(70_000)) + "}\n").getBytes(StandardCharsets.UTF_8);
            default -> ("TY  - RPRT\nTI  - " + text(random) + "\nPY  - " + date(random) + "\nER  - \n").getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A CSV file of claims with hostile cells. */
    static String csv(Random random) {
        StringBuilder csv = new StringBuilder(random.nextBoolean() ? "measure,value,low,high,unit,period,source,locator,quote\n" : "");
        int rows = random.nextInt(6);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 9; c++) {
                String cell = c == 1 || c == 2 || c == 3 ? number(random) : text(random);
                csv.append(random.nextBoolean() ? '"' + cell.replace("\"", "\"\"") + '"' : cell.replace(",", " "));
                csv.append(c < 8 ? "," : "\n");
            }
        }
        if (random.nextInt(4) == 0) {
            csv.append("\"unterminated");
        }
        return csv.toString();
    }

    static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
