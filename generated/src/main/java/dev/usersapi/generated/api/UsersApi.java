package dev.usersapi.generated.api;

import dev.usersapi.generated.model.BlockedIp;
import dev.usersapi.generated.model.Pagination;
import dev.usersapi.generated.model.ProblemDetails;
import dev.usersapi.generated.model.UnblockIpRequest;
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
@Path("/api/users")
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
    @Path("/{user_id}")
    @Produces({ "application/json", "application/problem+json" })
    User getUser(@PathParam("user_id") @Pattern(regexp="^[A-Za-z0-9_.|@:+-]+$") @Size(min=1,max=128) String userId);


    /**
     * Returns one page of the user's per-IP lockout records: one for each IP address whose sign-ins failed since that address was last reset. Under a lockout policy of `lockout_type: ip`, consecutive failures from one address block the user's sign-ins from that address only, until `block_until`; the account itself stays unblocked. An address is blocked now while its `block_until` is in the future. The page data travels in the `X-Pagination` header. Needs an API key with the `users:read` scope. 
     *
     * @param userId The ID of the user. 1 to 128 characters: ASCII letters, digits and &#x60;_ - . | @ : +&#x60;, so that ids imported from other providers (such as &#x60;google-oauth2|1234&#x60;) fit. Any other id is answered with 422 (percent-encode the others; a raw &#x60;;&#x60; in the path is answered with 400). 
     * @param page The page to return, counted from 1.
     * @param size How many items (users, IP lockouts, log entries) a page holds, at most 100.
     * @param sort The order: a field, then &#x60;:1&#x60; for ascending or &#x60;:-1&#x60; for descending. Records with the same value are ordered by &#x60;ip&#x60;, in the same direction. A record without a value in the field comes first when ascending and last when descending. 
     * @return A page of the user's IP lockout records, in the requested order.
     * @return The request is malformed, so it never reached the operation. Either it is not well-formed HTTP or its framing is ambiguous, for example a malformed percent-escape or a raw `;` in the path, both `Content-Length` and `Transfer-Encoding`, a malformed chunk, or a header line without a colon: then the answer carries `Connection: close` and the connection is closed after it. Or a header the server reads is malformed (`Accept`, `Content-Type`, `If-None-Match`). 
     * @return The X-API-KEY header is missing, or it does not match any API key.
     * @return The API key is valid but lacks the scope the operation needs.
     * @return No user has this ID.
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
    @Path("/{user_id}/blocked_ips")
    @Produces({ "application/json", "application/problem+json" })
    List<BlockedIp> listBlockedIps(@PathParam("user_id") @Pattern(regexp="^[A-Za-z0-9_.|@:+-]+$") @Size(min=1,max=128) String userId,@QueryParam("page") @Min(1) @Max(1000000) @DefaultValue("1")   Integer page,@QueryParam("size") @Min(1) @Max(100) @DefaultValue("10")   Integer size,@QueryParam("sort") @DefaultValue("last_sign_in_attempt:-1")   String sort);


    /**
     * Returns one page of the users that match `filter`, in the order `sort` asks for: for example the users blocked now, most failures first (`?filter=block_until:>now&sort=failure_count:-1`). The body is the page's users; the page data travels in the `X-Pagination` header. A page past the last one is an empty array, not an error. Needs an API key with the `users:read` scope.  Pages are counted from the first user of the order, so a user who changes while a client pages through (an unblock clears `block_until`) can move between pages. Pages far from the start cost the server more, since it counts its way to them. 
     *
     * @param page The page to return, counted from 1.
     * @param size How many items (users, IP lockouts, log entries) a page holds, at most 100.
     * @param sort The order: a field, then &#x60;:1&#x60; for ascending or &#x60;:-1&#x60; for descending. Users with the same value are ordered by &#x60;user_id&#x60;, in the same direction, so pages never repeat or skip a user. A user without a value in the field (&#x60;block_until&#x60; of a user never blocked, say) comes first when ascending and last when descending. Sorting by &#x60;creation_time&#x60;, &#x60;block_until&#x60; or &#x60;failure_count&#x60; is served from an index; the others sort every match. 
     * @param filter Which users to return, in a subset of the Lucene query syntax: one or more clauses &#x60;field:value&#x60;, joined by &#x60;AND&#x60; (or &#x60;&amp;&amp;&#x60;); a user must match every clause.  - &#x60;user_id:VALUE&#x60; and &#x60;email:VALUE&#x60; match exactly; &#x60;email&#x60; matches any of the user&#39;s   addresses, without regard to the case of ASCII letters. Quote a value with spaces or   &#x60;\&quot;&#x60; in it (&#x60;\&quot;...\&quot;&#x60;, with &#x60;\\\&quot;&#x60; and &#x60;\\\\&#x60; inside); a backslash also escapes a single   character of a bare value, as in Lucene. - &#x60;disabled:true&#x60; or &#x60;disabled:false&#x60;. - Numbers: &#x60;failure_count&#x60;, &#x60;sign_in_attempts_count&#x60;, &#x60;sign_in_success_count&#x60;; and times   in epoch seconds: &#x60;block_until&#x60;, &#x60;last_sign_in_attempt&#x60;, &#x60;last_sign_in_success&#x60;,   &#x60;last_activity&#x60;, &#x60;creation_time&#x60;, &#x60;last_updated&#x60;. Each takes an exact value (&#x60;5&#x60;), a   comparison (&#x60;&gt;5&#x60;, &#x60;&gt;&#x3D;5&#x60;, &#x60;&lt;5&#x60;, &#x60;&lt;&#x3D;5&#x60;) or a range (&#x60;[3 TO 10]&#x60; with both ends included,   &#x60;{3 TO 10}&#x60; with both excluded, either kind of bracket at each end, &#x60;*&#x60; for no bound).   Times also take &#x60;now&#x60; and &#x60;now-1h&#x60;, &#x60;now+30m&#x60; (units &#x60;s&#x60;, &#x60;m&#x60;, &#x60;h&#x60;, &#x60;d&#x60;). A user   without a value in the field (&#x60;block_until&#x60; of a user never blocked) matches no range.  Examples: blocked now, &#x60;block_until:&gt;now&#x60;; many failures, &#x60;failure_count:&gt;&#x3D;5&#x60;; both, &#x60;block_until:&gt;now AND failure_count:[5 TO *]&#x60;; failed sign-ins in the last hour, &#x60;last_sign_in_attempt:&gt;&#x3D;now-1h&#x60;; one user, &#x60;email:alice@example.com&#x60;.  Anything else is answered 422, naming what is not supported: &#x60;OR&#x60;, &#x60;NOT&#x60;, parentheses, wildcards, fuzzy and proximity searches, boosts, clauses without a field, unknown fields, more than 20 clauses. Matching by &#x60;user_id&#x60;, &#x60;email&#x60;, &#x60;block_until&#x60;, &#x60;failure_count&#x60; and &#x60;creation_time&#x60; is served from an index. 
     * @return A page of users, in the requested order.
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
    List<User> listUsers(@QueryParam("page") @Min(1) @Max(1000000) @DefaultValue("1")   Integer page,@QueryParam("size") @Min(1) @Max(100) @DefaultValue("10")   Integer size,@QueryParam("sort") @DefaultValue("creation_time:-1")   String sort,@QueryParam("filter") @Size(max=1024)   String filter);


    /**
     * Resets the user's lockout for one IP address (its `failure_count` becomes 0 and its `block_until` null), or for every address of the user when `ip_address` is `all`. The account's own lockout (`block_until` and `failure_count` on the User) is left as it is: unblock the user for that. Resetting an address that has no failures is not an error. Each call is recorded in the audit log (`user_account_ip_unblocked`, or `user_account_all_ip_blocks_removed` for `all`), and the answer is the user. The IP lockouts are not part of the User, so its `last_updated` and `ETag` do not move. Needs an API key with the `users:write` scope.  **Retries** work as for unblocking a user: a call whose `X-Request-Id` the user's trail already holds for an unblock of the same kind (one address, or `all`) changes and records nothing and answers the user as it is. 
     *
     * @param userId The ID of the user. 1 to 128 characters: ASCII letters, digits and &#x60;_ - . | @ : +&#x60;, so that ids imported from other providers (such as &#x60;google-oauth2|1234&#x60;) fit. Any other id is answered with 422 (percent-encode the others; a raw &#x60;;&#x60; in the path is answered with 400). 
     * @param unblockIpRequest 
     * @return The address (or every address) is reset; the body is the user as it is now.
     * @return The request is malformed, so it never reached the operation. Either it is not well-formed HTTP or its framing is ambiguous, for example a malformed percent-escape or a raw `;` in the path, both `Content-Length` and `Transfer-Encoding`, a malformed chunk, or a header line without a colon: then the answer carries `Connection: close` and the connection is closed after it. Or a header the server reads is malformed (`Accept`, `Content-Type`, `If-None-Match`). 
     * @return The X-API-KEY header is missing, or it does not match any API key.
     * @return The API key is valid but lacks the scope the operation needs.
     * @return No user has this ID.
     * @return The Accept header admits neither `application/json` nor `application/problem+json`. 
     * @return The request has a body over 16 KiB. Only the IP unblock takes a body; a smaller one sent to another operation is ignored. The connection is closed after the answer. 
     * @return The request target is longer than 4 KiB. The connection is closed after the answer. 
     * @return The request body is not declared as `application/json` (`Content-Type`).
     * @return The request has an `Expect` header other than `100-continue`. The connection is closed after the answer. 
     * @return A request parameter breaks its documented rule. `errors` maps each such parameter, by its name in this document, to what is wrong with it; a field of a request body by its name too (`ip_address`), and a body that is missing or of another shape than its schema (an unknown field, an array) as `body`. 
     * @return A rate limit is used up: the API key's request limit, or the client address's limit of failed authentications (while that one is used up, every request from the address under `/api/` is answered 429, whatever key it carries). Retry after `Retry-After` seconds. 
     * @return The request's header fields are over 8 KiB in all, or more than 100. The connection is closed after the answer. 
     * @return The server failed unexpectedly. The body carries no internals; quote its `error_id`, which the server logged with the cause, when reporting the failure. 
     * @return The request uses the `CONNECT` method (this server is not a proxy) or a transfer coding other than `chunked`. The connection is closed after the answer. 
     * @return The user store cannot be reached just now. Retry after the number of seconds in `Retry-After`; retrying is safe, since unblocking an unblocked user changes nothing. 
     * @return The request names an HTTP version other than HTTP/1.0 and HTTP/1.1. The connection is closed after the answer. 
     */
    @POST
    @Path("/{user_id}/blocked_ips/unblock")
    @Consumes({ "application/json" })
    @Produces({ "application/json", "application/problem+json" })
    User unblockIp(@PathParam("user_id") @Pattern(regexp="^[A-Za-z0-9_.|@:+-]+$") @Size(min=1,max=128) String userId,@Valid @NotNull UnblockIpRequest unblockIpRequest);


    /**
     * Removes the block on a user's account, allowing them to sign in again: `block_until` becomes null and `failure_count` becomes 0. `last_updated` moves to the current time only when the lockout actually changed. Unblocking a user who is not blocked is not an error: the unchanged user is returned. The `disabled` flag is left as it is. Needs an API key with the `users:write` scope. The request has no body.  **Retries.** Each unblock is recorded in the audit trail under the request's id: the client's `X-Request-Id` request header when it sends a valid one (up to 64 of `A-Z a-z 0-9 . _ : -`), else a fresh id the server makes. An unblock of a user whose trail already holds an unblock by that request id is a retry, not a second unblock: it changes and records nothing, and answers the user as it is now. So a client that got no answer, or a 503, can send the same request with the same `X-Request-Id` again. A 503 means the unblock was not made. A client that sets its own ids must make them unique per unblock it means.  **Conditional unblock.** Every User response carries the user's version as a strong `ETag`. Send it back in `If-Match` to unblock only the user as you saw it: if anything about the user changed in between (a new failed sign-in, another unblock, an import), the answer is 412 with the user's current `ETag`, and nothing is changed or recorded. Read the user again and decide anew. `If-Match: *`, or no `If-Match`, unblocks whatever the user's state. A retry (the same `X-Request-Id`) of an unblock that was made answers 200 as before, though the version has moved since. 
     *
     * @param userId The ID of the user. 1 to 128 characters: ASCII letters, digits and &#x60;_ - . | @ : +&#x60;, so that ids imported from other providers (such as &#x60;google-oauth2|1234&#x60;) fit. Any other id is answered with 422 (percent-encode the others; a raw &#x60;;&#x60; in the path is answered with 400). 
     * @param ifMatch One or more entity tags from an earlier User response (&#x60;\&quot;7\&quot;&#x60;, or &#x60;\&quot;7\&quot;, \&quot;8\&quot;&#x60;), or &#x60;*&#x60;. Weak tags (&#x60;W/\&quot;7\&quot;&#x60;) never match, as RFC 9110 says for If-Match. A malformed value is answered with 400. (No example here, so that Swagger UI&#39;s \&quot;Try it out\&quot; sends an unconditional unblock unless you fill it in.) 
     * @return The account is unblocked; the body is the user as it is now.
     * @return The request is malformed, so it never reached the operation. Either it is not well-formed HTTP or its framing is ambiguous, for example a malformed percent-escape or a raw `;` in the path, both `Content-Length` and `Transfer-Encoding`, a malformed chunk, or a header line without a colon: then the answer carries `Connection: close` and the connection is closed after it. Or a header the server reads is malformed (`Accept`, `Content-Type`, `If-None-Match`). 
     * @return The X-API-KEY header is missing, or it does not match any API key.
     * @return The API key is valid but lacks the scope the operation needs.
     * @return No user has this ID.
     * @return The Accept header admits neither `application/json` nor `application/problem+json`. 
     * @return The request's `If-Match` names no version the user has now: the user changed since the client read it. Nothing was changed or recorded. The `ETag` header carries the user's current version. 
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
    @POST
    @Path("/{user_id}/unblock")
    @Produces({ "application/json", "application/problem+json" })
    User unblockUser(@PathParam("user_id") @Pattern(regexp="^[A-Za-z0-9_.|@:+-]+$") @Size(min=1,max=128) String userId,@HeaderParam("If-Match")   String ifMatch);

}
