package dev.usersapi.server.edge;

/**
 * The sizes the HTTP edge accepts, as stated in the contract ({@code api/openapi.yaml}, "Strict
 * HTTP"). No operation takes a request body, so the body limit only bounds what is read and
 * thrown away; the header limits are those of common proxies.
 */
final class HttpLimits {

    /** Longest method token; the longest registered method name is 17 characters. */
    static final int MAX_METHOD = 32;
    /** Longest request target (414 beyond it). */
    static final int MAX_TARGET = 4 * 1024;
    /** Most bytes of header fields, line ends included (431 beyond it). */
    static final int MAX_FIELD_BYTES = 8 * 1024;
    /** Most header fields (431 beyond it). */
    static final int MAX_FIELDS = 100;
    /** Largest request body, fixed-length or chunked (413 beyond it). */
    static final int MAX_BODY = 16 * 1024;
    /** Empty lines tolerated before a request line (RFC 9112 §2.2: a server SHOULD ignore at least one). */
    static final int MAX_LEADING_EMPTY_LINES = 4;

    private HttpLimits() {}
}
