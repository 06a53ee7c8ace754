/** The source form: adding a source, or editing one the contributor's organization holds. */
package org.corroborate.web.faces.source.edit;
