package org.corroborate.web.rest.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.notification.InboxView;
import org.corroborate.service.notification.NotificationSettingsInput;
import org.corroborate.service.notification.NotificationSettingsView;
import org.corroborate.service.notification.Notifications;
import org.corroborate.web.i18n.Languages;
import org.corroborate.web.rest.problem.ClientError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/account/notifications}: the caller's notifications (texts in the caller's language, the newest first,
 * with the number unread), marking them read, and the caller's notification settings. Signed-in members only.
 */
@RequestScoped
@Tag(name = "Notifications", description = "What members are told, and how they are told")
@Path("account/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @Inject
    Reader reader;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listNotifications", summary = "The caller's latest notifications and how many are unread")
    public InboxView inbox() {
        return notifications.inbox(caller(), Languages.of(headers));
    }

    @POST
    @Path("{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of the caller's notifications read")
    public InboxView read(@PathParam("id") @Parameter(description = "the notification's id", required = true) long id) {
        return notifications.markRead(caller(), id, Languages.of(headers))
                .orElseThrow(() -> ClientError.notFound("api.notFound.notification", id));
    }

    @POST
    @Path("read")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all the caller's notifications read")
    public InboxView readAll() {
        return notifications.markAllRead(caller(), Languages.of(headers));
    }

    @GET
    @Path("settings")
    @Operation(operationId = "getNotificationSettings", summary = "How the caller is told: e-mail address, immediate or daily digest, language")
    public NotificationSettingsView settings() {
        return notifications.settings(caller());
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeNotificationSettings", summary = "Change how the caller is told")
    public NotificationSettingsView change(NotificationSettingsInput input) {
        if (input == null) {
            throw ClientError.badRequest("api.body.notificationSettings");
        }
        return notifications.changeSettings(caller(), input);
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
