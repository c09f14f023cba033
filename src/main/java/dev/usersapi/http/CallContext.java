package dev.usersapi.http;

/**
 * Who is calling in the request this thread is serving: its request id and, once authenticated,
 * its API key's id. Jersey serves a request on one thread from the first filter to the last, so
 * the filters set it and the resource reads it, without the resource needing injection.
 */
public final class CallContext {

    private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

    private final String requestId;
    private final long startNanos = System.nanoTime();
    private String apiKeyId;

    private CallContext(String requestId) {
        this.requestId = requestId;
    }

    /** Whether a request is being served on this thread. */
    public static boolean isActive() {
        return CURRENT.get() != null;
    }

    static void begin(String requestId) {
        CURRENT.set(new CallContext(requestId));
    }

    static void end() {
        CURRENT.remove();
    }

    /** The context of the request this thread serves. */
    public static CallContext current() {
        CallContext context = CURRENT.get();
        if (context == null) {
            throw new IllegalStateException("no request is being served on this thread");
        }
        return context;
    }

    public String requestId() {
        return requestId;
    }

    /** Nanoseconds since the request's first filter ran. */
    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }

    /** The id of the API key the request authenticated with, or null before authentication. */
    public String apiKeyId() {
        return apiKeyId;
    }

    public void authenticatedAs(String keyId) {
        this.apiKeyId = keyId;
    }
}
