package dev.usersapi.http;

import java.util.concurrent.ThreadLocalRandom;

/** Makes request ids: 32 hex digits, unique enough to find one request in the logs. */
public final class RequestIds {

    private RequestIds() {
    }

    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%016x%016x", random.nextLong(), random.nextLong());
    }
}
