/**
 * Sources written out as bibliography entries in a citation style (Chicago author-date, APA, MLA) by citeproc-java,
 * from the source view the reader gets, so that what is held in confidence is never formatted.
 */
package org.corroborate.service.citation;
