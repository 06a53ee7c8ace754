package org.corroborate.web.config;

import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import org.corroborate.service.notification.NotificationDelivery;

/**
 * The container's executor that e-mails notifications, {@value NotificationDelivery#EXECUTOR}: one delivery at a
 * time, so that no e-mail goes twice from one server. Defined here because the container finds resource definitions
 * on the web application's own classes, not in its libraries.
 */
@ManagedExecutorDefinition(name = NotificationDelivery.EXECUTOR, maxAsync = 1, hungTaskThreshold = 300_000)
@ApplicationScoped
public class NotificationMailExecutor {
}
