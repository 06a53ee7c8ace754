package org.corroborate.web.freshness;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageWarmerTest {

    @Test
    void aConfiguredAddressNamesItsPortAsReadersRequestsDo() {
        assertEquals("https://kb.example.org:443", PageWarmer.origin("https://kb.example.org/"));
        assertEquals("http://kb.example.org:80", PageWarmer.origin("http://kb.example.org"));
        assertEquals("http://localhost:8181", PageWarmer.origin(" http://localhost:8181/ "));
    }

    @Test
    void withoutAConfiguredAddressPagesAreRenderedFromTheLoopbackListenerNeverFromTheHostHeader() {
        PageWarmer warmer = warmer(Optional.empty());

        assertEquals(Optional.of("http://127.0.0.1:8080"), warmer.originFor(attackersRequest(8080, false)));
        assertEquals(Optional.of("http://127.0.0.1:8181"), warmer.originFor(attackersRequest(8181, false)),
                "the port is the one the connection was accepted on");
    }

    @Test
    void withoutAConfiguredAddressARequestOverTlsGivesNoOrigin() {
        // the loopback listener to render from is the plain-HTTP one: a TLS port does not answer plain HTTP
        assertEquals(Optional.empty(), warmer(Optional.empty()).originFor(attackersRequest(8443, true)));
    }

    @Test
    void aConfiguredAddressWinsOverWhateverTheRequestSays() {
        PageWarmer warmer = warmer(Optional.of("https://kb.example.org/"));

        assertEquals(Optional.of("https://kb.example.org:443"), warmer.originFor(attackersRequest(8080, false)));
        assertEquals(Optional.of("https://kb.example.org:443"), warmer.originFor(attackersRequest(8181, true)));
    }

    @Test
    void anInvalidConfiguredAddressIsRefusedAndNothingIsRenderedAhead() {
        for (String invalid : List.of("kb.example.org", "attacker.example:80", "ftp://kb.example.org",
                "//kb.example.org", "https://", "http:///claims", "https://user@kb.example.org",
                "https://kb.example.org/corroborate", "https://kb.example.org/?x=1", "https://kb.example.org/#top",
                "not an address at all", "file:///etc/passwd")) {
            assertThrows(IllegalArgumentException.class, () -> PageWarmer.origin(invalid), invalid);
            assertEquals(Optional.empty(), warmer(Optional.of(invalid)).originFor(attackersRequest(8080, false)),
                    "refused, and not replaced by the loopback listener or the request's address: " + invalid);
        }
    }

    @Test
    void aBlankConfiguredAddressIsNoneAtAll() {
        assertEquals(Optional.of("http://127.0.0.1:8080"),
                warmer(Optional.of("  ")).originFor(attackersRequest(8080, false)));
    }

    private static PageWarmer warmer(Optional<String> configuredOrigin) {
        PageWarmer warmer = new PageWarmer();
        warmer.configuredOrigin = configuredOrigin;
        warmer.checkConfiguredOrigin();
        return warmer;
    }

    /**
     * A request that says everywhere it was sent to attacker.example (Host, URL, server name, X-Forwarded-*), and
     * was accepted on this local port of the server.
     */
    private static HttpServletRequest attackersRequest(int localPort, boolean secure) {
        Map<String, String> headers = Map.of(
                "host", "attacker.example",
                "x-forwarded-host", "attacker.example",
                "x-forwarded-proto", "http",
                "x-forwarded-port", "80",
                "forwarded", "host=attacker.example;proto=http");
        return (HttpServletRequest) Proxy.newProxyInstance(PageWarmerTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get(((String) args[0]).toLowerCase());
                    case "getHeaders" -> Collections.enumeration(
                            Optional.ofNullable(headers.get(((String) args[0]).toLowerCase())).stream().toList());
                    case "getHeaderNames" -> Collections.enumeration(headers.keySet());
                    case "getServerName", "getRemoteHost" -> "attacker.example";
                    case "getServerPort" -> 80;
                    case "getScheme" -> secure ? "https" : "http";
                    case "isSecure" -> secure;
                    case "getRequestURL" -> new StringBuffer("http://attacker.example/claims/1");
                    case "getRequestURI" -> "/claims/1";
                    case "getContextPath" -> "";
                    case "getMethod" -> "GET";
                    case "getLocalPort" -> localPort;
                    case "getLocalAddr" -> "192.0.2.10";
                    case "getLocalName" -> "kb-server";
                    case "toString" -> "request to attacker.example on local port " + localPort;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
