/**
 * The read API of the browse pages: the home page's lists, topics and their measures, organizations and their
 * public work. Everything here is what the anonymous public may see, whoever asks.
 */
package org.corroborate.web.rest.browse;
