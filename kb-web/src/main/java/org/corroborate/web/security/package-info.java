/**
 * Who a request comes from: the authentication mechanism (sign-in form, session, personal API tokens), the
 * identity store over the accounts, the session cookie's settings, the {@code Reader} every page and API
 * resource is given, and the check of the protected views' token.
 */
package org.corroborate.web.security;
