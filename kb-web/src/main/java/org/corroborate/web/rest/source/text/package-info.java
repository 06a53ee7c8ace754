/** A source's held text over the API: uploading a PDF or a text, reading it page by page, the figures found in it. */
package org.corroborate.web.rest.source.text;
