/** The caller's own account over the API. */
package org.corroborate.web.rest.account;
