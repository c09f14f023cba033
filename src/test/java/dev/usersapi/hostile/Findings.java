package dev.usersapi.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every violation the suite finds, grouped by class of input and by the rule broken, with a few
 * examples each: the suite runs to the end and then fails once, with a summary that says which
 * classes fail and how, instead of stopping at the first of possibly thousands of similar failures.
 */
final class Findings {

    /** Examples kept per group; {@code -Dhostile.examples=N} keeps more when a group needs a closer look. */
    private static final int EXAMPLES = Integer.getInteger("hostile.examples", 3);

    private static final class Group {
        int count;
        final List<String> examples = new ArrayList<>();
    }

    private final Map<String, Group> groups = new TreeMap<>();

    /**
     * @param kind the class of input (or "log", "metrics", ... for checks after the run)
     * @param rule the rule broken, in a few words; it is the group's name, so keep variable parts out
     * @param example what was sent and what came back, escaped
     */
    synchronized void add(String kind, String rule, String example) {
        Group group = groups.computeIfAbsent(kind + " :: " + rule, k -> new Group());
        group.count++;
        if (group.examples.size() < EXAMPLES) {
            group.examples.add(example);
        }
    }

    /** The groups found, as "class :: rule". */
    synchronized java.util.Set<String> groups() {
        return java.util.Set.copyOf(groups.keySet());
    }

    synchronized boolean isEmpty() {
        return groups.isEmpty();
    }

    synchronized int total() {
        return groups.values().stream().mapToInt(g -> g.count).sum();
    }

    synchronized String summary() {
        StringBuilder out = new StringBuilder();
        out.append(total()).append(" violations in ").append(groups.size()).append(" groups (class :: rule)\n");
        groups.forEach((name, group) -> out.append(String.format("  %6d  %s%n", group.count, name)));
        out.append("\nExamples:\n");
        groups.forEach((name, group) -> {
            out.append("\n== ").append(name).append(" (").append(group.count).append(")\n");
            for (String example : group.examples) {
                out.append("  - ").append(example.replace("\n", "\n    ")).append('\n');
            }
        });
        return out.toString();
    }
}
