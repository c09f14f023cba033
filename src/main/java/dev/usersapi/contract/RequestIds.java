package dev.usersapi.contract;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The contract's request ids: every response carries one in {@code X-Request-Id}, and every
 * problem document in {@code request_id}. Made here: 32 hex digits, unique enough to find one
 * request in the logs.
 */
public final class RequestIds {

    /** The header that carries the id, both ways. */
    public static final String HEADER = "X-Request-Id";
    /** The logging context's field for the id of the request a log line was written for. */
    public static final String LOG_FIELD = "request_id";
    /**
     * The request attribute holding the id. Jersey on Grizzly keeps request properties as
     * attributes of the Grizzly request, so the id can still be found there if the request fails
     * outside Jersey.
     */
    public static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

    /** A client's own id is kept only when it is short and plain enough to log and echo safely. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final HexFormat HEX = HexFormat.of();

    private RequestIds() {}

    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }

    /** The id the client offered in {@code X-Request-Id} if it is acceptable, else a fresh one. */
    public static String offeredOrNew(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : newId();
    }
}
