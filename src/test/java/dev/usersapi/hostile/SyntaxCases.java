package dev.usersapi.hostile;

import static dev.usersapi.hostile.Wire.CRLF;
import static dev.usersapi.hostile.Wire.field;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The request line and field lines themselves: whitespace before a colon, folded lines, lines
 * without a colon, bare CR and LF, control bytes anywhere, methods that are not tokens (and long,
 * random or CONNECT ones), HTTP versions, and the Host field.
 */
final class SyntaxCases extends CaseFamily {

    SyntaxCases(Wire wire) {
        super(wire);
    }

    @Override
    void generate() {
        fieldSyntax(600);
        controlBytes(600);
        obsText(150);
        methods();
        versions(300);
        hosts(300);
    }

    /** A valid request with one line put in among its fields at a random place. */
    private String withLine(String line) {
        KeyKind key = w.anyKey();
        Wire.Call call = w.anyCall(key);
        List<String> fields = new ArrayList<>(w.fields(key));
        fields.add(w.random.nextInt(fields.size() + 1), line);
        return Wire.head(call.method(), call.target(), "HTTP/1.1", fields);
    }

    private void fieldSyntax(int count) {
        for (int i = 0; i < count; i++) {
            int roll = w.random.nextInt(9);
            String key = w.secrets.writer();
            switch (roll) {
                case 0 ->
                    single(
                            "whitespace-before-colon",
                            withLine(w.pick(
                                            "Host : " + w.host,
                                            "X-API-KEY : " + key,
                                            "Accept\t: */*",
                                            "X-Foo  : bar",
                                            "X-Foo\u000b: bar")
                                    + CRLF),
                            BAD);
                case 1 ->
                    single(
                            "obs-fold",
                            withLine(w.pick(
                                            "X-Foo: a" + CRLF + " b",
                                            "X-Foo: a" + CRLF + "\tb",
                                            "Accept: application/json" + CRLF + " , text/html",
                                            "X-Foo:" + CRLF + " " + key)
                                    + CRLF),
                            BAD);
                case 2 ->
                    single(
                            "field-without-colon",
                            withLine(w.pick(
                                            "Foo",
                                            "Foo bar",
                                            "X-API-KEY " + key,
                                            "GET /health/live HTTP/1.1",
                                            "X-Foo;bar",
                                            "-")
                                    + CRLF),
                            BAD);
                case 3 ->
                    single(
                            "bare-cr",
                            withLine(w.pick("X-Foo: a\rb", "X-Foo\r: a", "X-Foo: a\r", "\rX-Foo: a") + CRLF),
                            BAD);
                case 4 -> {
                    // A field line, the request line or the empty line ended by a bare LF.
                    KeyKind k = w.anyKey();
                    Wire.Call call = w.anyCall(k);
                    String text = switch (w.random.nextInt(3)) {
                        case 0 ->
                            call.method() + " " + call.target() + " HTTP/1.1\n" + String.join("", w.fields(k)) + CRLF;
                        case 1 ->
                            call.method() + " " + call.target() + " HTTP/1.1" + CRLF
                                    + String.join("", w.fields(k)).replaceFirst("\r\n", "\n") + CRLF;
                        default ->
                            call.method() + " " + call.target() + " HTTP/1.1" + CRLF + String.join("", w.fields(k))
                                    + "\n";
                    };
                    single("bare-lf", text, BAD);
                }
                case 5 -> single("empty-field-name", withLine(w.pick(": value", ":", ":" + key) + CRLF), BAD);
                case 6 ->
                    single(
                            "field-name-not-a-token",
                            withLine(w.pick(
                                            "X(Foo): a",
                                            "X@Foo: a",
                                            "X/Y: a",
                                            "[X]: a",
                                            "\"X\": a",
                                            "X,Y: a",
                                            "X;Y: a",
                                            "X{}: a",
                                            "X\u0080: a",
                                            "X\u00e9: a",
                                            "X=Y: a",
                                            "X?: a",
                                            "X\\Y: a",
                                            "X-API-KEY\u00a0: " + key)
                                    + CRLF),
                            BAD);
                case 7 ->
                    single(
                            "field-line-starts-with-whitespace",
                            w.valid("GET", Wire.HEALTH, KeyKind.NONE)
                                    .replaceFirst(
                                            "\r\n",
                                            "\r\n " + field("X-Foo", "a").trim() + CRLF),
                            BAD);
                default ->
                    single(
                            "field-name-with-space",
                            withLine(w.pick("X Foo: a", "Content Length: 0", "X-API KEY: " + key) + CRLF),
                            BAD);
            }
        }
    }

    private void controlBytes(int count) {
        for (int i = 0; i < count; i++) {
            char control = (char) (w.chance(0.1) ? 0x7f : w.random.nextInt(0x20));
            KeyKind key = w.anyKey();
            Wire.Call call = w.anyCall(key);
            String method = call.method();
            String target = call.target();
            List<String> fields = new ArrayList<>(w.fields(key));
            String where = w.pick("method", "target", "field-name", "field-value", "version", "host");
            String version = "HTTP/1.1";
            switch (where) {
                case "method" -> method = insert(method, control);
                case "target" -> target = insert(target, control);
                case "field-name" ->
                    fields.add(w.random.nextInt(fields.size() + 1), insert("X-Control", control) + ": v" + CRLF);
                case "field-value" -> {
                    if (control == '\t') {
                        control = '\u0000';
                    }
                    fields.add(w.random.nextInt(fields.size() + 1), "X-Control: " + insert("value", control) + CRLF);
                }
                case "version" -> version = insert(version, control);
                default -> {
                    if (control == '\t') {
                        control = '\u0001';
                    }
                    fields.removeIf(f -> f.startsWith("Host:"));
                    fields.add(field("Host", insert(w.host, control)));
                }
            }
            single("control-byte:" + where, Wire.head(method, target, version, fields), BAD);
        }
    }

    private String insert(String text, char c) {
        int at = w.random.nextInt(text.length() + 1);
        return text.substring(0, at) + c + text.substring(at);
    }

    /** Bytes 0x80-0xFF are allowed in field values (obs-text): such requests are read as usual. */
    private void obsText(int count) {
        for (int i = 0; i < count; i++) {
            KeyKind key = w.anyKey();
            String value = "caf\u00e9 " + (char) w.between(0x80, 0xff) + (char) w.between(0x80, 0xff);
            String name = w.pick("User-Agent", "X-Foo", "Referer", "X-Request-Id");
            single("obs-text-in-value", w.valid(w.anyCall(key), key, field(name, value)), null);
        }
    }

    private void methods() {
        List<String> notTokens = List.of(
                "G(T",
                "GE\u0000T",
                "GET\u0001",
                "GE\"T",
                "GE,T",
                "[GET]",
                "GET:",
                "GE/T",
                "GE@T",
                "G\u00c9T",
                "{}",
                "GE;T",
                "GE=T",
                "GE?T",
                "G\\T",
                "<GET>",
                "GET\u007f",
                "\u00ffGET",
                "G\tET");
        for (int i = 0; i < 200; i++) {
            KeyKind key = w.anyKey();
            single(
                    "method-not-a-token",
                    Wire.head(w.pick(notTokens), w.anyTarget(key), "HTTP/1.1", w.fields(key)),
                    BAD);
        }
        for (int i = 0; i < 500; i++) {
            KeyKind key = w.anyKey();
            int length = w.between(1, 32);
            String method = w.chance(0.7) ? w.randomOf(Wire.UPPER, length) : w.randomOf(Wire.TCHAR, length);
            single("method-random-token", w.valid(method, w.anyTarget(key), key), null);
        }
        for (int i = 0; i < 100; i++) {
            KeyKind key = w.anyKey();
            single("method-too-long", w.valid(w.randomOf(Wire.UPPER, w.between(33, 400)), w.anyTarget(key), key), BAD);
        }
        for (int i = 0; i < 20; i++) {
            KeyKind key = w.anyKey();
            single("method-32-chars", w.valid(w.randomOf(Wire.UPPER, 32), w.anyTarget(key), key), null);
        }
        for (int i = 0; i < 100; i++) {
            String target = w.pick(
                    "127.0.0.1:" + w.host.substring(w.host.indexOf(':') + 1),
                    "localhost:443",
                    "/api/users/x",
                    "http://example.com/",
                    "*",
                    "[::1]:80",
                    "evil.example:22",
                    Wire.HEALTH);
            single(
                    "connect",
                    Wire.head("CONNECT", target, w.pick("HTTP/1.1", "HTTP/1.0"), w.fields(w.anyKey())),
                    Set.of(501));
        }
        for (int i = 0; i < 30; i++) {
            KeyKind key = w.anyKey();
            single("connect-lower-case", w.valid("connect", w.anyTarget(key), key), null);
        }
        everyMethodOnEveryPath();
    }

    private void everyMethodOnEveryPath() {
        List<String> paths = new ArrayList<>(List.of(
                "/health/live",
                "/health/ready",
                "/metrics",
                "/openapi.yaml",
                "/docs",
                "/docs/",
                "/docs/index.html",
                "/",
                "/nowhere",
                "/api/nowhere"));
        for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
            for (KeyKind key : List.of(KeyKind.WRITER, KeyKind.READER, KeyKind.NONE)) {
                List<String> targets = new ArrayList<>(paths);
                targets.add(w.readPath());
                targets.add(w.unblockPath(key));
                for (String target : targets) {
                    String body = "";
                    String length = "";
                    if (Set.of("POST", "PUT", "PATCH", "DELETE").contains(method) && w.chance(0.5)) {
                        body = w.pick("", "{}", "hello");
                        length = field("Content-Length", Integer.toString(body.length()));
                    }
                    single("method-on-path", Wire.head(method, target, "HTTP/1.1", w.fields(key, length)) + body, null);
                }
            }
        }
        for (int i = 0; i < 20; i++) {
            single(
                    "trace-with-body",
                    Wire.head(
                                    "TRACE",
                                    w.anyTarget(KeyKind.NONE),
                                    "HTTP/1.1",
                                    w.fields(w.anyKey(), field("Content-Length", "5")))
                            + "hello",
                    BAD);
        }
    }

    private void versions(int count) {
        List<String> unsupported =
                List.of("HTTP/2.0", "HTTP/3.0", "HTTP/1.2", "HTTP/1.9", "HTTP/0.9", "HTTP/9.9", "HTTP/0.0", "HTTP/2.1");
        List<String> malformed = List.of(
                "HTTP/1.10",
                "HTTP/1",
                "HTTP/2",
                "HTTP/1.1 ",
                "http/1.1",
                "Http/1.1",
                "HTTP/1.1x",
                "HTTP/01.1",
                "HTTPS/1.1",
                "HTTP/1.1\t",
                "HTTP/1.a",
                "HTTP/a.1",
                "HTTP1.1",
                "HTTP/ 1.1",
                "HTTP/1,1",
                "HTTP/1.1/",
                "HTTP/\u00b9.1");
        for (int i = 0; i < count; i++) {
            KeyKind key = w.anyKey();
            Wire.Call call = w.anyCall(key);
            int roll = w.random.nextInt(5);
            switch (roll) {
                case 0 ->
                    single(
                            "version-1.0",
                            Wire.head(
                                    call.method(),
                                    call.target(),
                                    "HTTP/1.0",
                                    w.chance(0.5) ? w.fields(key) : withoutHost(w.fields(key))),
                            null);
                case 1 ->
                    single(
                            "version-unsupported",
                            Wire.head(call.method(), call.target(), w.pick(unsupported), w.fields(key)),
                            Set.of(505));
                case 2, 3 ->
                    single(
                            "version-malformed",
                            Wire.head(call.method(), call.target(), w.pick(malformed), w.fields(key)),
                            BAD);
                default ->
                    single(
                            "version-missing",
                            call.method() + " " + call.target() + CRLF + w.pick("", String.join("", w.fields(key)))
                                    + CRLF,
                            BAD);
            }
        }
    }

    private static List<String> withoutHost(List<String> fields) {
        List<String> out = new ArrayList<>(fields);
        out.removeIf(f -> f.startsWith("Host:"));
        return out;
    }

    private void hosts(int count) {
        for (int i = 0; i < count; i++) {
            KeyKind key = w.anyKey();
            Wire.Call call = w.anyCall(key);
            List<String> fields = withoutHost(w.fields(key));
            int roll = w.random.nextInt(4);
            if (roll == 0) {
                single("host-missing", Wire.head(call.method(), call.target(), "HTTP/1.1", fields), BAD);
                continue;
            }
            if (roll == 1) {
                String value = w.pick(
                        "@evil",
                        "user@host",
                        "a b",
                        "a/b",
                        "host\u00e9",
                        "",
                        " ",
                        "h\"st",
                        "host?x",
                        "host#x",
                        "ho<st",
                        "h\\st");
                fields.add(w.random.nextInt(fields.size() + 1), field("Host", value));
                single("host-malformed", Wire.head(call.method(), call.target(), "HTTP/1.1", fields), BAD);
                continue;
            }
            if (roll == 2) {
                fields.add(w.random.nextInt(fields.size() + 1), w.hostField());
                fields.add(
                        w.random.nextInt(fields.size() + 1),
                        field(w.pick("Host", "host", "HOST"), w.pick(w.host, "evil.example")));
                single("host-duplicate", Wire.head(call.method(), call.target(), "HTTP/1.1", fields), BAD);
                continue;
            }
            String value = w.pick(
                    "localhost",
                    "[::1]:8080",
                    "example.com",
                    "127.0.0.1:1",
                    "xn--bcher-kva.example",
                    "h%41st",
                    "a".repeat(300),
                    "127.0.0.1:",
                    "LOCALHOST",
                    "host:port:extra",
                    "[v1.x]",
                    "!$&'()*+,;=");
            fields.add(w.random.nextInt(fields.size() + 1), field(w.pick("Host", "host", "HOST"), value));
            single("host-unusual-but-valid", Wire.head(call.method(), call.target(), "HTTP/1.1", fields), null);
        }
    }
}
