/** What members are told about what concerns them: notifications, the measures they watch, how they want e-mail. */
package org.corroborate.model.notification;
