package dev.usersapi.hostile;

import java.util.List;

/**
 * The request target: absolute, authority and asterisk forms, raw {@code ;} (which Jersey would
 * cut off as matrix parameters), dot-segments plain and encoded, malformed percent-escapes, user
 * ids with every interesting character encoded or raw, and paths the server does not have.
 */
final class TargetCases extends CaseFamily {

    private int nextByte;
    private int nextRaw;

    TargetCases(Wire wire) {
        super(wire);
    }

    @Override
    void generate() {
        forms(300);
        semicolons(200);
        dotSegments(300);
        badEscapes(300);
        encodedIds(800);
        rawIds(400);
        unknownPaths(300);
    }

    private void forms(int count) {
        for (int i = 0; i < count; i++) {
            KeyKind key = w.anyKey();
            Wire.Call call = w.anyCall(key);
            int roll = w.random.nextInt(6);
            switch (roll) {
                case 0, 1 -> {
                    String authority = w.pick(
                            "http://" + w.host,
                            "https://localhost",
                            "HTTP://127.0.0.1",
                            "http://example.com:8080",
                            "hTtP://x");
                    single("absolute-form", w.valid(call.method(), authority + call.target(), key), null);
                }
                case 2 ->
                    single(
                            "absolute-form-with-user-info",
                            w.valid(
                                    call.method(),
                                    w.pick("http://user@", "http://user:pw@", "http://@", "https://a:b@")
                                            + w.host
                                            + call.target(),
                                    key),
                            BAD);
                case 3 ->
                    single(
                            "absolute-form-malformed",
                            w.valid(
                                    call.method(),
                                    w.pick(
                                            "http://" + w.host,
                                            "http://",
                                            "ftp://" + w.host + call.target(),
                                            "HTTPX://x" + call.target(),
                                            "mailto:a@b",
                                            "http:" + call.target(),
                                            "http://ho<st" + call.target(),
                                            "urn:x:y"),
                                    key),
                            BAD);
                case 4 -> single("asterisk-form", w.valid(w.pick("OPTIONS", "GET", "HEAD", "POST"), "*", key), BAD);
                default ->
                    single(
                            "authority-or-other-form",
                            w.valid(
                                    w.pick("GET", "POST", "OPTIONS"),
                                    w.pick(
                                            "localhost:8080",
                                            "127.0.0.1:1",
                                            "example.com",
                                            "?x=1",
                                            "#frag",
                                            "api/users/x",
                                            "health/live",
                                            "\\health\\live",
                                            "*/health/live"),
                                    key),
                            BAD);
            }
        }
    }

    private void semicolons(int count) {
        List<String> raw = List.of(
                "/api;x=1/users/%s",
                "/api/users/%s;x=1",
                "/api/users/%s;/unblock",
                "/api/users/%s/unblock;x",
                "/health/live;",
                "/;",
                "/health;x/live",
                "/api/users/;/unblock",
                "/metrics;jsessionid=1",
                "/openapi.yaml;x",
                "/api/users;/%s",
                "/api/users/%s;x=1/unblock");
        for (int i = 0; i < count; i++) {
            KeyKind key = w.anyKey();
            String id = key == KeyKind.WRITER ? w.pick(w.users.open()) : w.pick(w.users.guarded());
            if (w.chance(0.8)) {
                String method = w.pick("GET", "POST");
                single("raw-semicolon", w.valid(method, String.format(w.pick(raw), id), key), BAD);
            } else {
                // Encoded, or in the query, it is an ordinary character.
                String target =
                        w.pick("/api/users/" + id + "%3Bx=1", Wire.HEALTH + "?a;b", "/api/users/" + id + "?x=1;y=2");
                single("semicolon-encoded-or-in-query", w.valid("GET", target, key), null);
            }
        }
    }

    private void dotSegments(int count) {
        List<String> refused = List.of(
                "/./health/live",
                "/health/./live",
                "/health/live/.",
                "/api/users/../users/%s",
                "/api/users/%s/..",
                "/api/users/%s/../%s/unblock",
                "/%2e/health/live",
                "/%2E%2E/api/users/%s",
                "/.%2e/x",
                "/api/users/%2e",
                "/api/users/%2E%2e/unblock",
                "/docs/../openapi.yaml",
                "/..",
                "/.",
                "/docs/%2e%2e/metrics",
                "/api/users/%s/%2e%2E/%2e%2e/%2e%2e/metrics",
                "/health/live/..;/..",
                "/api/users/%s/unblock/..");
        List<String> fine = List.of(
                "/api/users/...",
                "/api/users/.x",
                "/api/users/x.",
                "/api/users/..x",
                "/api/users/%2e%2e%2e",
                "/.well-known/x",
                "/docs/.hidden",
                "/api/users/%s.",
                "/api/users/.%s/unblock");
        for (int i = 0; i < count; i++) {
            KeyKind key = w.anyKey();
            String id = key == KeyKind.WRITER ? w.pick(w.users.open()) : w.pick(w.users.guarded());
            if (w.chance(0.75)) {
                String target = w.pick(refused).replace("%s", id);
                single("dot-segment", w.valid(target.endsWith("unblock") ? "POST" : "GET", target, key), BAD);
            } else {
                String target = w.pick(fine).replace("%s", id);
                single("dots-not-a-segment", w.valid(target.endsWith("unblock") ? "POST" : "GET", target, key), null);
            }
        }
    }

    private void badEscapes(int count) {
        List<String> targets = List.of(
                "/api/users/%",
                "/api/users/%z",
                "/api/users/%zz",
                "/api/users/%1",
                "/api/users/%1g",
                "/api/users/%%",
                "/api/users/%%41",
                "/api/users/a%",
                "/health/live%",
                "/%",
                "/api/users/x%2",
                "/health/live?x=%",
                "/health/live?x=%zz",
                "/health/live?%gg",
                "/api/users/%u0041",
                "/api/users/%G0/unblock",
                "/api/%/users/x",
                "/api/users/x/unblock%",
                "/health/live?%");
        for (int i = 0; i < count; i++) {
            KeyKind key = w.anyKey();
            String target = w.pick(targets);
            single("malformed-percent-escape", w.valid(target.endsWith("unblock") ? "POST" : "GET", target, key), BAD);
        }
    }

    private void encodedIds(int count) {
        for (int i = 0; i < count; i++) {
            KeyKind key = w.anyKey();
            boolean unblock = w.chance(0.4);
            int roll = w.random.nextInt(6);
            String id;
            String kind;
            if (roll == 0) {
                // An existing id with every character encoded, in upper- or lower-case hex: the same user.
                String existing = unblock
                        ? (key == KeyKind.WRITER ? w.pick(w.users.open()) : w.pick(w.users.guarded()))
                        : w.existingUser();
                StringBuilder encoded = new StringBuilder();
                for (int at = 0; at < existing.length(); at++) {
                    char c = existing.charAt(at);
                    encoded.append(String.format(w.chance(0.5) ? "%%%02X" : "%%%02x", (int) c));
                }
                id = encoded.toString();
                kind = "id-fully-encoded";
            } else if (roll <= 3) {
                // Every byte value in turn, so each is sent encoded at least once.
                int b = nextByte++ % 256;
                id = (w.chance(0.5) ? "enc" : "") + String.format("%%%02X", b) + (w.chance(0.5) ? "z" : "");
                kind = "id-with-encoded-byte";
                if (unblock && key != KeyKind.WRITER) {
                    // Name a guarded user, with an encoded byte that may or may not be part of the id.
                    id = w.pick(w.users.guarded()) + String.format("%%%02X", b);
                }
            } else if (roll == 4) {
                id = w.pick(
                        "a%2Fb",
                        "%2F",
                        "..%2F..%2Fmetrics",
                        "x%2F..%2F..%2Fhealth%2Flive",
                        "%2e%2e%2fmetrics",
                        "%252e%252e",
                        "%00",
                        "%0D%0AX-Injected:%201",
                        "%C3%A9",
                        "%FF%FE",
                        "%E2%80%AE",
                        "a%20b",
                        "%7Cpipe",
                        "%25");
                kind = "id-encoded-separator-or-control";
            } else {
                kind = "encoded-route-prefix";
                String user = key == KeyKind.WRITER ? w.pick(w.users.open()) : w.pick(w.users.guarded());
                String target = w.pick(
                        "/%61pi/users/" + user,
                        "/a%70i/users/" + user,
                        "/api/%75sers/" + user + "/unblock",
                        "/%41PI/users/" + user,
                        "/api/users/" + user + "/%75nblock",
                        "/%68ealth/live",
                        "/health/%6Cive",
                        "/%6detrics",
                        "/api%2Fusers%2F" + user,
                        "/api/users%2F" + user + "/unblock");
                single(kind, w.valid(target.endsWith("unblock") ? "POST" : "GET", target, key), null);
                continue;
            }
            String target = "/api/users/" + id + (unblock ? "/unblock" : "");
            single(kind, w.valid(unblock ? "POST" : w.pick("GET", "GET", "HEAD"), target, key), null);
        }
    }

    private void rawIds(int count) {
        String allowedRaw = "-._~!$&'()*+,=:@";
        String refusedRaw = "\"<>\\^`{}|[]\u0080\u00e9\u00ff";
        for (int i = 0; i < count; i++) {
            KeyKind key = w.anyKey();
            boolean unblock = w.chance(0.3);
            String base = unblock && key != KeyKind.WRITER ? w.pick(w.users.guarded()) : "raw";
            if (w.chance(0.6)) {
                String id = base
                        + allowedRaw.charAt(nextRaw++ % allowedRaw.length())
                        + w.randomOf(allowedRaw, w.between(0, 2));
                single(
                        "id-raw-allowed-chars",
                        w.valid(unblock ? "POST" : "GET", "/api/users/" + id + (unblock ? "/unblock" : ""), key),
                        null);
            } else {
                String id = base
                        + refusedRaw.charAt(nextRaw++ % refusedRaw.length())
                        + w.randomOf(allowedRaw + "abc", w.between(0, 2));
                single(
                        "id-raw-refused-chars",
                        w.valid(unblock ? "POST" : "GET", "/api/users/" + id + (unblock ? "/unblock" : ""), key),
                        BAD);
            }
        }
    }

    private void unknownPaths(int count) {
        for (int i = 0; i < count; i++) {
            KeyKind key = w.anyKey();
            String target = w.chance(0.6)
                    ? w.pick(Wire.UNKNOWN)
                    : "/" + w.randomOf("abcdefghijklmnopqrstuvwxyz0123456789-_", w.between(1, 20))
                            + (w.chance(0.5) ? "/" + w.randomOf("abcdefghijklmnopqrstuvwxyz", w.between(1, 10)) : "");
            single("unknown-path", w.valid(w.pick("GET", "GET", "HEAD", "POST", "DELETE"), target, key), null);
        }
    }
}
