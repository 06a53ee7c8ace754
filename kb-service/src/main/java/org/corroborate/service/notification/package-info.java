/**
 * Notifications: members are told, in the app and by e-mail, of comments and decisions on their organization's claims,
 * new claims and conflicts on measures they watch, approvals wanted and dissents. Recorded in the transaction of the
 * change (by observing the domains' events), e-mailed after it commits, retried until the mail server takes them;
 * who may see what is checked with {@code service.access} when a notification is recorded and again when it is sent.
 */
package org.corroborate.service.notification;
