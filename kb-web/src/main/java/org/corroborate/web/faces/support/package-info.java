/**
 * What every screen shares: locale choice, formatting of figures and dates, record properties in EL, and GETs
 * that Faces never takes for postbacks.
 */
package org.corroborate.web.faces.support;
