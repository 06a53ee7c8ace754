package org.corroborate.web.freshness;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageWarmerTest {

    @Test
    void aConfiguredAddressNamesItsPortAsReadersRequestsDo() {
        assertEquals("https://kb.example.org:443", PageWarmer.origin("https://kb.example.org/"));
        assertEquals("http://kb.example.org:80", PageWarmer.origin("http://kb.example.org"));
        assertEquals("http://localhost:8181", PageWarmer.origin(" http://localhost:8181/ "));
    }
}
