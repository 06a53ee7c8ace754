/** The member's notifications page, the unread count in the header, and watching a measure from its page. */
package org.corroborate.web.faces.notification;
