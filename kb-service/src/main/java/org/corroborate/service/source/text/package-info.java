/** Source texts: PDF and pasted text kept page by page with its SHA-256, and quotes anchored in them. */
package org.corroborate.service.source.text;
