package org.corroborate.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameOriginAndHeadersTest {

    @Test
    void anOriginIsThisSiteOnlyWithTheSameHostAndPort() {
        assertTrue(SameOriginAndHeaders.sameSite("http://localhost:8080", "localhost:8080"));
        assertTrue(SameOriginAndHeaders.sameSite("https://kb.example.org", "kb.example.org"));
        assertTrue(SameOriginAndHeaders.sameSite("https://KB.example.org:443", "kb.example.org"));
        assertTrue(SameOriginAndHeaders.sameSite("http://localhost:8080/contribute/claim-edit.xhtml?id=4", "localhost:8080"),
                "a Referer from a page of this site");

        assertFalse(SameOriginAndHeaders.sameSite("http://evil.example", "localhost:8080"));
        assertFalse(SameOriginAndHeaders.sameSite("http://localhost:9090", "localhost:8080"), "another port is another site");
        assertFalse(SameOriginAndHeaders.sameSite("https://kb.example.org.evil.example", "kb.example.org"));
        assertFalse(SameOriginAndHeaders.sameSite("http://kb.example.org", "kb.example.org:8443"));
        assertFalse(SameOriginAndHeaders.sameSite("null", "localhost:8080"), "an opaque origin (a sandboxed frame, a file)");
        assertFalse(SameOriginAndHeaders.sameSite("not a url at all", "localhost:8080"));
        assertFalse(SameOriginAndHeaders.sameSite("http://localhost:8080", null));
    }
}
