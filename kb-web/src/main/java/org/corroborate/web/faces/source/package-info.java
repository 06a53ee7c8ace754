/** The source screen: metadata, what it relays and what relays it. */
package org.corroborate.web.faces.source;
