/** The screens of a source's held text: attaching a PDF or pasted text, and the figures found in it. */
package org.corroborate.web.faces.source.text;
