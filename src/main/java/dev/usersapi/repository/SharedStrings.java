package dev.usersapi.repository;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One instance per distinct value for the strings an audit event keeps that repeat from request
 * to request: the addresses and {@code User-Agent} of a handful of clients. The request makes a
 * new copy of each every time; kept as is in {@link AuditRing}'s slots, those copies would live
 * for seconds and be copied by every young collection, as the request ids are. Shared, they cost
 * nothing after the first. At most {@value #MAX_VALUES} values are shared, so that clients sending
 * ever new values (a random {@code User-Agent}) cannot grow it; their strings are kept as they are.
 */
final class SharedStrings {

    static final int MAX_VALUES = 1_024;

    private final ConcurrentMap<String, String> values = new ConcurrentHashMap<>();

    /** The shared instance equal to {@code value}, or {@code value} itself (null stays null). */
    String of(String value) {
        if (value == null) {
            return null;
        }
        String shared = values.get(value);
        if (shared != null) {
            return shared;
        }
        if (values.size() >= MAX_VALUES) {
            return value;
        }
        String raced = values.putIfAbsent(value, value);
        return raced == null ? value : raced;
    }
}
