/** The audit trail page for editors and organization admins. */
package org.corroborate.web.faces.admin.audit;
