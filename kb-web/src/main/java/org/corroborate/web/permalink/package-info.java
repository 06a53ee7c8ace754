/** Stable, readable addresses for the public entries. */
package org.corroborate.web.permalink;
