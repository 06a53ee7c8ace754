/** Platform admins add member organizations. */
package org.corroborate.web.faces.admin.organizations;
