/** A member's notifications, notification settings and watched measures, and the platform admin's delivery now. */
package org.corroborate.web.rest.notification;
