package dev.usersapi.hostile;

import java.util.List;

/**
 * Random mutations of valid bodiless requests: bytes replaced, inserted or deleted, lines repeated,
 * dropped or changed in case, one to three times. A mutant must stay determinate, so the suite
 * never waits on a request the server may rightly wait on: its head still ends at the last
 * CRLF CRLF and nowhere before, and it names no framing field (a mutated Content-Length could
 * announce a body that never comes).
 */
final class Mutator extends CaseFamily {

    private static final List<String> TOKENS = List.of(
            "%",
            "%00",
            "%2e%2e",
            "/..",
            ";",
            " ",
            "\t",
            ":",
            "\u0000",
            "\r",
            "\n",
            "\r\n",
            "@",
            "#",
            "?",
            "\u00ff",
            "\\",
            "//",
            "%zz",
            "\u0001",
            "a".repeat(50),
            "\u001b[31m",
            "${jndi:x}",
            "'",
            "\"",
            "..",
            "%2F",
            "*",
            ",",
            "HTTP/1.1");
    private static final String SPECIAL_BYTES = "\u0000\u0001\u0009\u000b\u000c\r\n \u007f\u0080\u00ff:;%/.@?#\"";

    private final int count;

    Mutator(Wire wire, int count) {
        super(wire);
        this.count = count;
    }

    @Override
    void generate() {
        int made = 0;
        while (made < count) {
            KeyKind key = w.anyKey();
            Wire.Call call = w.anyCall(key);
            String method = call.method().equals("POST") && w.chance(0.5) ? "POST" : call.method();
            String original = Wire.head(method, call.target(), "HTTP/1.1", w.fields(key));
            String mutant = original;
            int mutations = w.between(1, 3);
            for (int m = 0; m < mutations; m++) {
                mutant = mutate(mutant);
            }
            if (mutant.equals(original) || !determinate(mutant)) {
                continue;
            }
            single("fuzz", mutant, null);
            made++;
        }
    }

    private String mutate(String text) {
        int editable = text.length() - 4;
        int at = w.random.nextInt(editable);
        return switch (w.random.nextInt(7)) {
            case 0 ->
                text.substring(0, at)
                        + (w.chance(0.5) ? (char) w.random.nextInt(256) : w.randomOf(SPECIAL_BYTES, 1))
                        + text.substring(at + 1);
            case 1, 2 -> text.substring(0, at) + w.pick(TOKENS) + text.substring(at);
            case 3 -> text.substring(0, at) + text.substring(Math.min(editable, at + w.between(1, 3)));
            case 4 -> {
                // Repeat a field line.
                String[] lines = text.substring(0, editable).split("\r\n", -1);
                if (lines.length < 2) {
                    yield text;
                }
                int line = 1 + w.random.nextInt(lines.length - 1);
                yield text.replace(lines[line] + "\r\n", lines[line] + "\r\n" + lines[line] + "\r\n");
            }
            case 5 -> {
                // Drop a field line (Host, the key, ...).
                String[] lines = text.substring(0, editable).split("\r\n", -1);
                if (lines.length < 3) {
                    yield text;
                }
                int line = 1 + w.random.nextInt(lines.length - 1);
                yield text.replaceFirst(java.util.regex.Pattern.quote(lines[line] + "\r\n"), "");
            }
            default -> {
                char c = text.charAt(at);
                char swapped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
                yield text.substring(0, at) + swapped + text.substring(at + 1);
            }
        };
    }

    private boolean determinate(String text) {
        if (text.indexOf("\r\n\r\n") != text.length() - 4 || text.length() < 8) {
            return false;
        }
        RequestFacts facts = RequestFacts.of(Escapes.latin1(text), w.secrets);
        for (var field : facts.headers()) {
            String name = field.getKey().trim().toLowerCase(java.util.Locale.ROOT);
            if (name.contains("content-length") || name.contains("transfer-encoding") || name.contains("expect")) {
                return false;
            }
        }
        return true;
    }
}
