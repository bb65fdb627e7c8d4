package org.budgetperf.shared.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/v1/me}: who the token says the caller is, so a frontend shows the right menus without decoding the
 * token itself. What the caller may do with one table is that table's {@code allowedActions}.
 */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

    /**
     * @param departments the department codes the caller edits (empty unless a department editor)
     * @param displayName the token's {@code name} or {@code preferred_username}; null when it has neither
     */
    public record Me(String subject, List<String> roles, List<String> departments, String displayName) {}

    @Inject
    Caller caller;

    @GET
    public Me me() {
        return new Me(caller.subject(), caller.roles(), List.copyOf(caller.editedDepartments()), caller.displayName());
    }
}
