/** The search page: hits with snippets and facets. */
package org.corroborate.web.faces.search;
