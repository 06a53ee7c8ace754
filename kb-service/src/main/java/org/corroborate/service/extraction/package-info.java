/** The figure-extraction assistant: finding numbers, ranges, qualifiers and units in a source's text. */
package org.corroborate.service.extraction;
