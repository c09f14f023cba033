package dev.usersapi.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The generator's vocabulary: the seeded random source, valid requests to start from (fields in
 * random order, optional harmless fields), the server's paths and users, and the keys. Requests are
 * written as Java strings of chars 0-255, one char per byte, so any byte can be spelled.
 */
final class Wire {

    static final String CRLF = "\r\n";
    /** A second, valid request placed behind an ambiguous one: it must never be answered. */
    static final String HEALTH = "/health/live";

    final Random random;
    final Secrets secrets;
    final String host;
    final SuiteUsers users;

    Wire(Random random, Secrets secrets, String host, SuiteUsers users) {
        this.random = random;
        this.secrets = secrets;
        this.host = host;
        this.users = users;
    }

    // ---- random choices ----

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A number from low to high, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    // ---- keys ----

    KeyKind anyKey() {
        int roll = random.nextInt(100);
        return roll < 35 ? KeyKind.WRITER : roll < 60 ? KeyKind.READER : roll < 80 ? KeyKind.NONE : KeyKind.WRONG;
    }

    String keyField(KeyKind key) {
        return switch (key) {
            case NONE -> "";
            case WRITER -> field("X-API-KEY", secrets.writer());
            case READER -> field("X-API-KEY", secrets.reader());
            case WRONG ->
                field(
                        "X-API-KEY",
                        pick(
                                "wrong",
                                "writer-" + Integer.toHexString(random.nextInt()),
                                secrets.writer().substring(0, secrets.writer().length() - 1),
                                "' OR 1=1 --"));
            case AMBIGUOUS -> field("X-API-KEY", "wrong") + field("X-API-KEY", secrets.writer());
        };
    }

    // ---- paths ----

    /** The id as a path segment: characters outside RFC 3986 pchar percent-encoded. */
    static String segment(String id) {
        StringBuilder out = new StringBuilder();
        for (int at = 0; at < id.length(); at++) {
            char c = id.charAt(at);
            if ((Character.isLetterOrDigit(c) && c < 0x80) || "-._~!$&'()*+,=:@".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append(String.format("%%%02X", (int) c));
            }
        }
        return out.toString();
    }

    String existingUser() {
        return pick(users.existing());
    }

    String readPath() {
        int roll = random.nextInt(10);
        String id = roll < 7
                ? existingUser()
                : roll < 9 ? "nobody-" + random.nextInt(1000) : pick("a%20b", "%C3%A9", "x%3By", "a".repeat(129));
        return "/api/users/" + (roll < 7 ? segment(id) : id);
    }

    /** An unblock path whose user the key may unblock: open users for the writer key, guarded ones for any other. */
    String unblockPath(KeyKind key) {
        String id = key == KeyKind.WRITER ? pick(users.open()) : pick(users.guarded());
        return "/api/users/" + id + "/unblock";
    }

    static final List<String> EXTRAS = List.of(
            "/metrics",
            "/openapi.yaml",
            "/docs",
            "/docs/",
            "/docs/index.html",
            "/docs/swagger-ui.css",
            "/docs/nothing.js");
    static final List<String> UNKNOWN = List.of(
            "/",
            "/api",
            "/api/",
            "/api/users",
            "/api/users/",
            "/health",
            "/healthz",
            "/api/v2/users/x",
            "/users/x",
            "/api/users/x/block",
            "/api/users/x/unblock/more",
            "/api/users/x/unblocks",
            "/favicon.ico",
            "/.env",
            "/wp-login.php",
            "/HEALTH/LIVE",
            "/Api/users/x",
            "/api//users/x",
            "/metrics/x",
            "/openapi.json",
            "/docs/a/b",
            "/server-status",
            "/actuator/health",
            "/health/live/now",
            "/health/ready/x");

    /** A method and target the server serves, with the key deciding which unblock user is safe to name. */
    record Call(String method, String target) {}

    Call anyCall(KeyKind key) {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return new Call(chance(0.1) ? "HEAD" : "GET", readPath());
        }
        if (roll < 55) {
            return new Call("POST", unblockPath(key));
        }
        if (roll < 75) {
            return new Call(chance(0.1) ? "HEAD" : "GET", pick("/health/live", "/health/ready"));
        }
        if (roll < 85) {
            return new Call("GET", pick(EXTRAS));
        }
        return new Call(pick("GET", "GET", "POST", "DELETE"), pick(UNKNOWN));
    }

    /** Any path of the server's, or one it does not have. */
    String anyTarget(KeyKind key) {
        return anyCall(key).target();
    }

    // ---- requests ----

    static String field(String name, String value) {
        return name + ": " + value + CRLF;
    }

    String hostField() {
        return field("Host", host);
    }

    /** A few harmless fields, in no particular order, so that the defect under test is not always in the same place. */
    List<String> harmlessFields() {
        List<String> fields = new ArrayList<>();
        if (chance(0.5)) {
            fields.add(field("Accept", pick("application/json", "*/*", "application/json, application/problem+json")));
        }
        if (chance(0.4)) {
            fields.add(field("User-Agent", pick("hostile-suite/1", "curl/8.5.0", "Mozilla/5.0")));
        }
        if (chance(0.2)) {
            fields.add(field("Accept-Encoding", pick("gzip", "identity", "gzip, deflate, br")));
        }
        if (chance(0.1)) {
            fields.add(field("Connection", "keep-alive"));
        }
        return fields;
    }

    /** The fields of a valid request: Host, the key, harmless ones and the given ones, shuffled. */
    List<String> fields(KeyKind key, String... more) {
        List<String> fields = new ArrayList<>(harmlessFields());
        // A field under test replaces the harmless one of the same name.
        for (String field : more) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                String name = field.substring(0, colon + 1).toLowerCase(java.util.Locale.ROOT);
                fields.removeIf(f -> f.toLowerCase(java.util.Locale.ROOT).startsWith(name));
            }
        }
        fields.add(hostField());
        if (key != KeyKind.NONE) {
            fields.add(keyField(key));
        }
        for (String field : more) {
            if (!field.isEmpty()) {
                fields.add(field);
            }
        }
        Collections.shuffle(fields, random);
        return fields;
    }

    static String head(String method, String target, String version, List<String> fields) {
        return method + " " + target + " " + version + CRLF + String.join("", fields) + CRLF;
    }

    /** A valid request without a body (POST with Content-Length: 0 or none at all). */
    String valid(String method, String target, KeyKind key, String... more) {
        List<String> extra = new ArrayList<>(List.of(more));
        if (Set.of("POST", "PUT", "PATCH").contains(method) && chance(0.5)) {
            extra.add(field("Content-Length", "0"));
        }
        return head(method, target, "HTTP/1.1", fields(key, extra.toArray(String[]::new)));
    }

    String valid(Call call, KeyKind key, String... more) {
        return valid(call.method(), call.target(), key, more);
    }

    /** The request placed behind an ambiguous one. */
    String hidden() {
        return "GET " + HEALTH + " HTTP/1.1" + CRLF + hostField()
                + field("X-Request-Id", "hidden-" + random.nextInt(1_000_000)) + CRLF;
    }

    /** Random bytes from the alphabet, one char per byte. */
    String randomOf(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    static final String TCHAR = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
}
