/** Stable, readable addresses for the public entries, and the validators that let clients cache them. */
package org.corroborate.web.permalink;
