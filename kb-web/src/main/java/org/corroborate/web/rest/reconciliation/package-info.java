/** Reconciliations over HTTP: public figures and versions, the editors' draft, publishing, endorsements. */
package org.corroborate.web.rest.reconciliation;
