package dev.usersapi.generated.api;

import dev.usersapi.generated.model.HealthStatus;
import dev.usersapi.generated.model.ProblemDetails;

import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Response;


import java.io.InputStream;
import java.util.Map;
import java.util.List;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

/**
* Represents a collection of functions to interact with the API endpoints.
*/
@Path("/health")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public interface HealthApi {

    /**
     * Answers 200 as long as the process serves HTTP at all; it does not look at the user store. Restart the server only when this fails. 
     *
     * @return The server is alive, or ready.
     * @return The request is not well-formed HTTP, so it never reached the operation: for example a malformed percent-escape in the path, or headers that are too large. 
     * @return The Accept header admits neither `application/json` nor `application/problem+json`. 
     * @return The server failed unexpectedly. The body carries no internals; quote its `error_id`, which the server logged with the cause, when reporting the failure. 
     */
    @GET
    @Path("/live")
    @Produces({ "application/json", "application/problem+json" })
    HealthStatus getLiveness();


    /**
     * Answers 200 when the user store answers, and 503 while it does not. Route traffic to the server only while this answers 200. 
     *
     * @return The server is alive, or ready.
     * @return The request is not well-formed HTTP, so it never reached the operation: for example a malformed percent-escape in the path, or headers that are too large. 
     * @return The Accept header admits neither `application/json` nor `application/problem+json`. 
     * @return The server failed unexpectedly. The body carries no internals; quote its `error_id`, which the server logged with the cause, when reporting the failure. 
     * @return The user store cannot be reached just now. Retry after the number of seconds in `Retry-After`; retrying is safe, since unblocking an unblocked user changes nothing. 
     */
    @GET
    @Path("/ready")
    @Produces({ "application/json", "application/problem+json" })
    HealthStatus getReadiness();

}
