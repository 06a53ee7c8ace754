package org.corroborate.service.notification;

/** Notifications were recorded in the current transaction: once it commits, their e-mails may go. */
record NotificationsRecorded(int count) {
}
