package dev.usersapi.http;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Makes request ids: 32 hex digits, unique enough to find one request in the logs. */
public final class RequestIds {

    /** A client's own id is kept only when it is short and plain enough to log and echo safely. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%016x%016x", random.nextLong(), random.nextLong());
    }

    /** The id the client offered in {@code X-Request-Id} if it is acceptable, else a fresh one. */
    public static String offeredOrNew(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : newId();
    }
}
