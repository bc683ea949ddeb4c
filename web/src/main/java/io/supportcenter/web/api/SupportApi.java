package io.supportcenter.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST resources live under {@code /api}; the server describes them at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Support Center API", version = "1",
        description = "Commission activity from the network's systems. Authenticate with an API key made by an admin at"
                + " /staff/admin/api-keys, sent as 'Authorization: Bearer <key>'."))
public class SupportApi extends Application {
}
