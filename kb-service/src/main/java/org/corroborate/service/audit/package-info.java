/** The audit trail: recording every change in its own transaction, and browsing it. */
package org.corroborate.service.audit;
