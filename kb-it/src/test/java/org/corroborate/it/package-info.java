/**
 * Integration tests: the real kb-web WAR deployed into Payara Micro by Arquillian, on the embedded H2 database
 * or on PostgreSQL when {@code KB_DB_URL} points at it. Services in-container, the API as a client, the pages in
 * headless Chromium.
 */
package org.corroborate.it;
