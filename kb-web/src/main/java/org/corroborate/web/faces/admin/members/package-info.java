/** Organization admins manage their members: list, invite, deactivate and reactivate. */
package org.corroborate.web.faces.admin.members;
