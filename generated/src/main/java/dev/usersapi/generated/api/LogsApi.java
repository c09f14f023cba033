package dev.usersapi.generated.api;

import dev.usersapi.generated.model.LogEntry;
import dev.usersapi.generated.model.Pagination;
import dev.usersapi.generated.model.ProblemDetails;
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
@Path("/api/logs")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public interface LogsApi {

    /**
     * Returns one entry of the audit log. Needs an API key with the `logs:read` scope.
     *
     * @param logId The ID of a log entry, as its &#x60;id&#x60; says: a UUID in lower-case hexadecimal. Any other value is answered with 422. 
     * @return The log entry.
     * @return The request is malformed, so it never reached the operation. Either it is not well-formed HTTP or its framing is ambiguous, for example a malformed percent-escape or a raw `;` in the path, both `Content-Length` and `Transfer-Encoding`, a malformed chunk, or a header line without a colon: then the answer carries `Connection: close` and the connection is closed after it. Or a header the server reads is malformed (`Accept`, `Content-Type`, `If-None-Match`). 
     * @return The X-API-KEY header is missing, or it does not match any API key.
     * @return The API key is valid but lacks the scope the operation needs.
     * @return No log entry has this ID (or it is older than the audit retention period).
     * @return The Accept header admits neither `application/json` nor `application/problem+json`. 
     * @return The request has a body over 16 KiB. Only the IP unblock takes a body; a smaller one sent to another operation is ignored. The connection is closed after the answer. 
     * @return The request target is longer than 4 KiB. The connection is closed after the answer. 
     * @return The request has an `Expect` header other than `100-continue`. The connection is closed after the answer. 
     * @return A request parameter breaks its documented rule. `errors` maps each such parameter, by its name in this document, to what is wrong with it; a field of a request body by its name too (`ip_address`), and a body that is missing or of another shape than its schema (an unknown field, an array) as `body`. 
     * @return A rate limit is used up: the API key's request limit, or the client address's limit of failed authentications (while that one is used up, every request from the address under `/api/` is answered 429, whatever key it carries). Retry after `Retry-After` seconds. 
     * @return The request's header fields are over 8 KiB in all, or more than 100. The connection is closed after the answer. 
     * @return The server failed unexpectedly. The body carries no internals; quote its `error_id`, which the server logged with the cause, when reporting the failure. 
     * @return The request uses the `CONNECT` method (this server is not a proxy) or a transfer coding other than `chunked`. The connection is closed after the answer. 
     * @return The user store cannot be reached just now. Retry after the number of seconds in `Retry-After`; retrying is safe, since unblocking an unblocked user changes nothing. 
     * @return The request names an HTTP version other than HTTP/1.0 and HTTP/1.1. The connection is closed after the answer. 
     */
    @GET
    @Path("/{log_id}")
    @Produces({ "application/json", "application/problem+json" })
    LogEntry getLog(@PathParam("log_id") @Pattern(regexp="^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$") @Size(min=36,max=36) String logId);


    /**
     * Returns one page of the audit log, newest first unless `sort` says otherwise: every unblock of a user or of a user's IP addresses, made through this API (the actor is the API key), and every block that failed sign-ins set (the actor is the system). For example a user's log, `?filter=user_id:UOtBaOybB6dTpIJNrnkRw`, or the unblocks of the last day, `?filter=code:user_account_unblocked AND time_stamp:>=now-1d`. The page data travels in the `X-Pagination` header. Entries are kept for the server's audit retention period. Needs an API key with the `logs:read` scope. 
     *
     * @param page The page to return, counted from 1.
     * @param size How many items (users, IP lockouts, log entries) a page holds, at most 100.
     * @param sort The order of the entries by &#x60;time_stamp&#x60;: &#x60;:1&#x60; oldest first, &#x60;:-1&#x60; newest first. Entries of the same second are ordered by &#x60;id&#x60;, which grows with time, in the same direction. 
     * @param filter Which entries to return, in the same subset of the Lucene query syntax as the users&#39; &#x60;filter&#x60;: clauses &#x60;field:value&#x60; joined by &#x60;AND&#x60; (or &#x60;&amp;&amp;&#x60;), each of which must hold.  - &#x60;user_id:VALUE&#x60;: the entries whose target is this user (exact match; quote or escape   as for users). - &#x60;code:VALUE&#x60;: the entries with this code, one of &#x60;user_account_blocked&#x60;,   &#x60;user_account_unblocked&#x60;, &#x60;user_account_ip_blocked&#x60;, &#x60;user_account_ip_unblocked&#x60;,   &#x60;user_account_all_unblocked&#x60;, &#x60;user_account_all_ip_blocks_removed&#x60;. - &#x60;time_stamp&#x60;: epoch seconds, as an exact value, a comparison (&#x60;&gt;&#x60;, &#x60;&gt;&#x3D;&#x60;, &#x60;&lt;&#x60;, &#x60;&lt;&#x3D;&#x60;)   or a range (&#x60;[a TO b]&#x60;, &#x60;{a TO b}&#x60;, &#x60;*&#x60;); also &#x60;now&#x60; and &#x60;now-1h&#x60; (&#x60;s&#x60;, &#x60;m&#x60;, &#x60;h&#x60;, &#x60;d&#x60;).  Anything else is answered 422, naming what is not supported. Matching by &#x60;user_id&#x60; is served from an index. 
     * @return A page of log entries, in the requested order.
     * @return The request is malformed, so it never reached the operation. Either it is not well-formed HTTP or its framing is ambiguous, for example a malformed percent-escape or a raw `;` in the path, both `Content-Length` and `Transfer-Encoding`, a malformed chunk, or a header line without a colon: then the answer carries `Connection: close` and the connection is closed after it. Or a header the server reads is malformed (`Accept`, `Content-Type`, `If-None-Match`). 
     * @return The X-API-KEY header is missing, or it does not match any API key.
     * @return The API key is valid but lacks the scope the operation needs.
     * @return The Accept header admits neither `application/json` nor `application/problem+json`. 
     * @return The request has a body over 16 KiB. Only the IP unblock takes a body; a smaller one sent to another operation is ignored. The connection is closed after the answer. 
     * @return The request target is longer than 4 KiB. The connection is closed after the answer. 
     * @return The request has an `Expect` header other than `100-continue`. The connection is closed after the answer. 
     * @return A request parameter breaks its documented rule. `errors` maps each such parameter, by its name in this document, to what is wrong with it; a field of a request body by its name too (`ip_address`), and a body that is missing or of another shape than its schema (an unknown field, an array) as `body`. 
     * @return A rate limit is used up: the API key's request limit, or the client address's limit of failed authentications (while that one is used up, every request from the address under `/api/` is answered 429, whatever key it carries). Retry after `Retry-After` seconds. 
     * @return The request's header fields are over 8 KiB in all, or more than 100. The connection is closed after the answer. 
     * @return The server failed unexpectedly. The body carries no internals; quote its `error_id`, which the server logged with the cause, when reporting the failure. 
     * @return The request uses the `CONNECT` method (this server is not a proxy) or a transfer coding other than `chunked`. The connection is closed after the answer. 
     * @return The user store cannot be reached just now. Retry after the number of seconds in `Retry-After`; retrying is safe, since unblocking an unblocked user changes nothing. 
     * @return The request names an HTTP version other than HTTP/1.0 and HTTP/1.1. The connection is closed after the answer. 
     */
    @GET
    @Produces({ "application/json", "application/problem+json" })
    List<LogEntry> listLogs(@QueryParam("page") @Min(1) @Max(1000000) @DefaultValue("1")   Integer page,@QueryParam("size") @Min(1) @Max(100) @DefaultValue("10")   Integer size,@QueryParam("sort") @DefaultValue("time_stamp:-1")   String sort,@QueryParam("filter") @Size(max=1024)   String filter);

}
