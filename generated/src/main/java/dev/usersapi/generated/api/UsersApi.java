package dev.usersapi.generated.api;

import dev.usersapi.generated.model.ProblemDetails;
import dev.usersapi.generated.model.User;
import dev.usersapi.generated.model.ValidationProblemDetails;

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
@Path("/api/users/{user_id}")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public interface UsersApi {

    /**
     * Returns the user without changing it, including the current lockout state. Needs an API key with the `users:read` scope. 
     *
     * @param userId The ID of the user. 1 to 128 characters: ASCII letters, digits and &#x60;_ - . | @ : +&#x60;, so that ids imported from other providers (such as &#x60;google-oauth2|1234&#x60;) fit. Any other id is answered with 422 (percent-encode the others; a raw &#x60;;&#x60; in the path is answered with 400). 
     * @return The user.
     * @return The request is malformed, so it never reached the operation. Either it is not well-formed HTTP or its framing is ambiguous, for example a malformed percent-escape or a raw `;` in the path, both `Content-Length` and `Transfer-Encoding`, a malformed chunk, or a header line without a colon: then the answer carries `Connection: close` and the connection is closed after it. Or a header the server reads is malformed (`Accept`, `Content-Type`, `If-None-Match`). 
     * @return The X-API-KEY header is missing, or it does not match any API key.
     * @return The API key is valid but lacks the scope the operation needs.
     * @return No user has this ID.
     * @return The Accept header admits neither `application/json` nor `application/problem+json`. 
     * @return The request has a body over 16 KiB. No operation takes a body; a smaller one is ignored. The connection is closed after the answer. 
     * @return The request target is longer than 4 KiB. The connection is closed after the answer. 
     * @return The request has an `Expect` header other than `100-continue`. The connection is closed after the answer. 
     * @return A request parameter breaks its documented rule. `errors` maps each such parameter, by its name in this document, to what is wrong with it. 
     * @return A rate limit is used up: the API key's request limit, or the client address's limit of failed authentications (while that one is used up, every request from the address under `/api/` is answered 429, whatever key it carries). Retry after `Retry-After` seconds. 
     * @return The request's header fields are over 8 KiB in all, or more than 100. The connection is closed after the answer. 
     * @return The server failed unexpectedly. The body carries no internals; quote its `error_id`, which the server logged with the cause, when reporting the failure. 
     * @return The request uses the `CONNECT` method (this server is not a proxy) or a transfer coding other than `chunked`. The connection is closed after the answer. 
     * @return The user store cannot be reached just now. Retry after the number of seconds in `Retry-After`; retrying is safe, since unblocking an unblocked user changes nothing. 
     * @return The request names an HTTP version other than HTTP/1.0 and HTTP/1.1. The connection is closed after the answer. 
     */
    @GET
    @Produces({ "application/json", "application/problem+json" })
    User getUser(@PathParam("user_id") @Pattern(regexp="^[A-Za-z0-9_.|@:+-]+$") @Size(min=1,max=128) String userId);


    /**
     * Removes the block on a user's account, allowing them to sign in again: `block_until` becomes null and `failure_count` becomes 0. `last_updated` moves to the current time only when the lockout actually changed. Unblocking a user who is not blocked is not an error: the unchanged user is returned. The `disabled` flag is left as it is. Needs an API key with the `users:write` scope. The request has no body.  **Retries.** Each unblock is recorded in the audit trail under the request's id: the client's `X-Request-Id` request header when it sends a valid one (up to 64 of `A-Z a-z 0-9 . _ : -`), else a fresh id the server makes. An unblock of a user whose trail already holds that request id is a retry, not a second unblock: it changes and records nothing, and answers the user as it is now. So a client that got no answer, or a 503, can send the same request with the same `X-Request-Id` again. A 503 means the unblock was not made. A client that sets its own ids must make them unique per unblock it means. 
     *
     * @param userId The ID of the user. 1 to 128 characters: ASCII letters, digits and &#x60;_ - . | @ : +&#x60;, so that ids imported from other providers (such as &#x60;google-oauth2|1234&#x60;) fit. Any other id is answered with 422 (percent-encode the others; a raw &#x60;;&#x60; in the path is answered with 400). 
     * @return The account is unblocked; the body is the user as it is now.
     * @return The request is malformed, so it never reached the operation. Either it is not well-formed HTTP or its framing is ambiguous, for example a malformed percent-escape or a raw `;` in the path, both `Content-Length` and `Transfer-Encoding`, a malformed chunk, or a header line without a colon: then the answer carries `Connection: close` and the connection is closed after it. Or a header the server reads is malformed (`Accept`, `Content-Type`, `If-None-Match`). 
     * @return The X-API-KEY header is missing, or it does not match any API key.
     * @return The API key is valid but lacks the scope the operation needs.
     * @return No user has this ID.
     * @return The Accept header admits neither `application/json` nor `application/problem+json`. 
     * @return The request has a body over 16 KiB. No operation takes a body; a smaller one is ignored. The connection is closed after the answer. 
     * @return The request target is longer than 4 KiB. The connection is closed after the answer. 
     * @return The request has an `Expect` header other than `100-continue`. The connection is closed after the answer. 
     * @return A request parameter breaks its documented rule. `errors` maps each such parameter, by its name in this document, to what is wrong with it. 
     * @return A rate limit is used up: the API key's request limit, or the client address's limit of failed authentications (while that one is used up, every request from the address under `/api/` is answered 429, whatever key it carries). Retry after `Retry-After` seconds. 
     * @return The request's header fields are over 8 KiB in all, or more than 100. The connection is closed after the answer. 
     * @return The server failed unexpectedly. The body carries no internals; quote its `error_id`, which the server logged with the cause, when reporting the failure. 
     * @return The request uses the `CONNECT` method (this server is not a proxy) or a transfer coding other than `chunked`. The connection is closed after the answer. 
     * @return The user store cannot be reached just now. Retry after the number of seconds in `Retry-After`; retrying is safe, since unblocking an unblocked user changes nothing. 
     * @return The request names an HTTP version other than HTTP/1.0 and HTTP/1.1. The connection is closed after the answer. 
     */
    @POST
    @Path("/unblock")
    @Produces({ "application/json", "application/problem+json" })
    User unblockUser(@PathParam("user_id") @Pattern(regexp="^[A-Za-z0-9_.|@:+-]+$") @Size(min=1,max=128) String userId);

}
