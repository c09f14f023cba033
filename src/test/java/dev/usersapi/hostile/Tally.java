package dev.usersapi.hostile;

import java.util.Map;
import java.util.TreeMap;

/** How many requests of each class were sent and which statuses came back, for the report printed after the run. */
final class Tally {

    private final Map<String, Map<String, Integer>> outcomes = new TreeMap<>();
    private int requests;
    private long slowestMillis;

    synchronized void count(String kind, int parts, String outcome, long millis) {
        requests += parts;
        slowestMillis = Math.max(slowestMillis, millis);
        outcomes.computeIfAbsent(kind, k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
    }

    synchronized int requests() {
        return requests;
    }

    /** The longest exchange of a request sent in one write. */
    synchronized long slowestMillis() {
        return slowestMillis;
    }

    synchronized String table() {
        StringBuilder out = new StringBuilder();
        outcomes.forEach((kind, counts) -> {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            out.append(String.format("  %-28s %6d  %s%n", kind, total, counts));
        });
        return out.toString();
    }
}
