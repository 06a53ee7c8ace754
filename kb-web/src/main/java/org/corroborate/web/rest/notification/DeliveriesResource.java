package org.corroborate.web.rest.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.notification.Notifications;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/notifications/deliveries}: a platform admin sends now every notification e-mail that is due,
 * the daily digests included, without waiting for the schedule; answers how many e-mails went out.
 */
@RequestScoped
@Tag(name = "Notification delivery", description = "Sending the due notification e-mails and digests now")
@Path("notifications/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveriesResource {

    /** How many e-mails went out. */
    public record DeliveryRun(int sent) {
    }

    @Inject
    Notifications notifications;

    @Inject
    Reader reader;

    @POST
    @Operation(operationId = "deliverNotifications", summary = "Send the due notification e-mails and digests now (platform admins)")
    public DeliveryRun deliver() {
        return new DeliveryRun(notifications.deliverNow(reader.via(Channel.API)));
    }
}
