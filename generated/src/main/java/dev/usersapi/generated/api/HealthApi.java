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
     * @return The request is malformed, so it never reached the operation. Either it is not well-formed HTTP or its framing is ambiguous, for example a malformed percent-escape or a raw `;` in the path, both `Content-Length` and `Transfer-Encoding`, a malformed chunk, or a header line without a colon: then the answer carries `Connection: close` and the connection is closed after it. Or a header the server reads is malformed (`Accept`, `Content-Type`, `If-None-Match`). 
     * @return The Accept header admits neither `application/json` nor `application/problem+json`. 
     * @return The request has a body over 16 KiB. Only the IP unblock takes a body; a smaller one sent to another operation is ignored. The connection is closed after the answer. 
     * @return The request target is longer than 4 KiB. The connection is closed after the answer. 
     * @return The request has an `Expect` header other than `100-continue`. The connection is closed after the answer. 
     * @return The request's header fields are over 8 KiB in all, or more than 100. The connection is closed after the answer. 
     * @return The server failed unexpectedly. The body carries no internals; quote its `error_id`, which the server logged with the cause, when reporting the failure. 
     * @return The request uses the `CONNECT` method (this server is not a proxy) or a transfer coding other than `chunked`. The connection is closed after the answer. 
     * @return The request names an HTTP version other than HTTP/1.0 and HTTP/1.1. The connection is closed after the answer. 
     */
    @GET
    @Path("/live")
    @Produces({ "application/json", "application/problem+json" })
    HealthStatus getLiveness();


    /**
     * Answers 200 when the user store answers, and 503 while it does not. Route traffic to the server only while this answers 200. 
     *
     * @return The server is alive, or ready.
     * @return The request is malformed, so it never reached the operation. Either it is not well-formed HTTP or its framing is ambiguous, for example a malformed percent-escape or a raw `;` in the path, both `Content-Length` and `Transfer-Encoding`, a malformed chunk, or a header line without a colon: then the answer carries `Connection: close` and the connection is closed after it. Or a header the server reads is malformed (`Accept`, `Content-Type`, `If-None-Match`). 
     * @return The Accept header admits neither `application/json` nor `application/problem+json`. 
     * @return The request has a body over 16 KiB. Only the IP unblock takes a body; a smaller one sent to another operation is ignored. The connection is closed after the answer. 
     * @return The request target is longer than 4 KiB. The connection is closed after the answer. 
     * @return The request has an `Expect` header other than `100-continue`. The connection is closed after the answer. 
     * @return The request's header fields are over 8 KiB in all, or more than 100. The connection is closed after the answer. 
     * @return The server failed unexpectedly. The body carries no internals; quote its `error_id`, which the server logged with the cause, when reporting the failure. 
     * @return The request uses the `CONNECT` method (this server is not a proxy) or a transfer coding other than `chunked`. The connection is closed after the answer. 
     * @return The user store cannot be reached just now. Retry after the number of seconds in `Retry-After`; retrying is safe, since unblocking an unblocked user changes nothing. 
     * @return The request names an HTTP version other than HTTP/1.0 and HTTP/1.1. The connection is closed after the answer. 
     */
    @GET
    @Path("/ready")
    @Produces({ "application/json", "application/problem+json" })
    HealthStatus getReadiness();

}
