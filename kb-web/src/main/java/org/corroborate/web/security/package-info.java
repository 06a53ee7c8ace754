/**
 * Who a request comes from: the authentication mechanism (sign-in form, session, personal API tokens), the
 * identity store over the accounts, the session cookie's settings, the {@code Reader} every page and API
 * resource is given, the check of the protected views' token; and the requests refused before anything reads them
 * (a NUL character in the address or form, a cookie-carried write from another site).
 */
package org.corroborate.web.security;
