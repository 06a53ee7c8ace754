/**
 * Editors' reconciliations of a measure's figures: each candidate claim's role, the rule, the resulting figure and
 * the rationale; immutable published versions; member organizations' endorsements and dissents.
 */
package org.corroborate.model.reconciliation;
