/** Reconciliation pages: the editors' draft with its merge view, the permanent version pages, the measure's figure. */
package org.corroborate.web.faces.reconciliation;
