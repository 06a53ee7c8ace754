/** What every screen shares: locale choice, formatting of figures and dates, record properties in EL. */
package org.corroborate.web.faces.support;
