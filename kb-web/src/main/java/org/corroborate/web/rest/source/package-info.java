/** {@code /api/v1/sources}: a source's metadata and relays, as the caller may see them. */
package org.corroborate.web.rest.source;
