package org.budgetperf.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.budgetperf.shared.security.Roles;
import org.budgetperf.shared.web.ETags;
import org.budgetperf.shared.web.MergePatch;
import org.budgetperf.shared.web.Page;
import org.budgetperf.shared.web.PageRequest;

/**
 * {@code /api/v1/webhook-subscriptions}: admins register where the change feed is pushed, which events and
 * departments each receiver gets, and read and replay its deliveries (README, "Integrating").
 */
@Path("/api/v1/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    @Inject
    WebhookService service;

    @Inject
    ObjectMapper mapper;

    @GET
    public Page<WebhookView> list(
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, size);
        return request.toPage(
                service.list(request.offset(), request.size()), service.count(), s -> WebhookView.of(s, false), uri);
    }

    /** 201 with the subscription and, this once, its secret. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(WebhookInput input, @Context UriInfo uri) {
        WebhookSubscription s = service.create(input);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(s.id.toString()).build())
                .tag(etag(s))
                .entity(WebhookView.of(s, true))
                .build();
    }

    @GET
    @Path("{subscriptionId}")
    public Response get(@PathParam("subscriptionId") UUID id) {
        WebhookSubscription s = service.get(id);
        return Response.ok(WebhookView.of(s, false)).tag(etag(s)).build();
    }

    @PATCH
    @Path("{subscriptionId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("subscriptionId") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        WebhookInput merged =
                MergePatch.apply(mapper, WebhookView.of(service.get(id), false).toInput(), patch, WebhookInput.class);
        WebhookSubscription s = service.replace(id, ifMatch, merged);
        return Response.ok(WebhookView.of(s, false)).tag(etag(s)).build();
    }

    @DELETE
    @Path("{subscriptionId}")
    public Response delete(@PathParam("subscriptionId") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    /** The delivery log, newest first. */
    @GET
    @Path("{subscriptionId}/deliveries")
    public Page<WebhookView.Delivery> deliveries(
            @PathParam("subscriptionId") UUID id,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, size);
        return request.toPage(
                service.deliveries(id, request.offset(), request.size()),
                service.countDeliveries(id),
                WebhookView.Delivery::of,
                uri);
    }

    @GET
    @Path("{subscriptionId}/deliveries/{deliveryId}")
    public WebhookView.Delivery delivery(
            @PathParam("subscriptionId") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return WebhookView.Delivery.of(service.delivery(id, deliveryId));
    }

    /** Sends the delivery's event again now; 201 with the new delivery, whether it succeeded or not. */
    @POST
    @Path("{subscriptionId}/deliveries/{deliveryId}/redeliver")
    public Response redeliver(
            @PathParam("subscriptionId") UUID id, @PathParam("deliveryId") UUID deliveryId, @Context UriInfo uri) {
        WebhookDelivery d = service.redeliver(id, deliveryId);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/webhook-subscriptions")
                        .path(id.toString())
                        .path("deliveries")
                        .path(d.id.toString())
                        .build())
                .entity(WebhookView.Delivery.of(d))
                .build();
    }

    private static EntityTag etag(WebhookSubscription s) {
        return EntityTag.valueOf(ETags.of(s.version));
    }
}
