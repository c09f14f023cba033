package dev.usersapi.hostile;

import static dev.usersapi.hostile.Wire.CRLF;
import static dev.usersapi.hostile.Wire.field;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * How a request's end is found: request smuggling shapes, chunked bodies good and bad, trailer
 * fields, Content-Length limits, oversize targets and fields, Expect, pipelining, and bytes that
 * are not HTTP at all. Each ambiguous request carries a valid one behind it that must never be
 * answered.
 */
final class FramingCases extends CaseFamily {

    /** Transfer-Encoding values, each fine or not on its own; next to a Content-Length all are ambiguous. */
    private static final List<String> TE_ACCEPTED_ALONE =
            List.of("chunked", "CHUNKED", "Chunked", "cHuNkEd", " chunked", "\tchunked", "chunked\t", "chunked ");

    private static final List<String> TE_REFUSED_ALONE = List.of(
            "chunked, identity",
            "identity, chunked",
            "identity",
            "gzip, chunked",
            "chunked, gzip",
            "xchunked",
            "chunkedx",
            "chunked\u000b",
            "\u000bchunked",
            "chunked\u0000",
            "\"chunked\"",
            "chunked;q=1",
            "chunk",
            "chunked,",
            ",chunked",
            "chunked, chunked",
            "gzip",
            "deflate",
            "",
            " ",
            "chunked\u00ff",
            "\u000cchunked");
    private static final List<String> CL_MALFORMED = List.of(
            "+5", "-5", "0x5", "5.0", "5 5", "1e1", "5\u000b", "", "\u00b5", "five", "5\u0000", "5;", "5,", "5, 5",
            "0x0", " -0", "\u0000");

    FramingCases(Wire wire) {
        super(wire);
    }

    @Override
    void generate() {
        smuggling(14);
        malformedChunks(24);
        validChunks(200);
        trailers(220);
        contentLength();
        oversize();
        expect(300);
        pipelines(220, 220);
        notHttp(220);
    }

    // ---- smuggling ----

    private String ambiguousHead(String version, String... framing) {
        KeyKind key = w.anyKey();
        String method = w.pick("POST", "POST", "GET", "PUT");
        String target = method.equals("POST") ? w.unblockPath(key) : w.anyTarget(key);
        List<String> fields = new ArrayList<>(w.fields(key));
        for (String line : framing) {
            fields.add(w.random.nextInt(fields.size() + 1), line);
        }
        return method + " " + target + " " + version + CRLF + String.join("", fields) + CRLF;
    }

    private void smuggling(int each) {
        String kind = "smuggling";
        for (int i = 0; i < each; i++) {
            for (String te : TE_ACCEPTED_ALONE) {
                String cl = w.pick("0", "5", "4", "100");
                smuggle(
                        kind + ":cl+te",
                        ambiguousHead("HTTP/1.1", field("Content-Length", cl), field("Transfer-Encoding", te)) + "0"
                                + CRLF + CRLF,
                        BAD_OR_UNSUPPORTED);
            }
            for (String te : TE_REFUSED_ALONE) {
                String head = w.chance(0.5)
                        ? ambiguousHead("HTTP/1.1", field("Transfer-Encoding", te))
                        : ambiguousHead("HTTP/1.1", field("Transfer-Encoding", te), field("Content-Length", "5"));
                smuggle(kind + ":te-variant", head + "0" + CRLF + CRLF, BAD_OR_UNSUPPORTED);
            }
            for (String cl : CL_MALFORMED) {
                smuggle(
                        kind + ":cl-malformed",
                        ambiguousHead("HTTP/1.1", field("Content-Length", cl)) + "0" + CRLF + CRLF,
                        BAD);
            }
            smuggle(
                    kind + ":cl-duplicate",
                    ambiguousHead("HTTP/1.1", field("Content-Length", "5"), field("Content-Length", "5")) + "0" + CRLF
                            + CRLF,
                    BAD);
            smuggle(
                    kind + ":cl-duplicate",
                    ambiguousHead("HTTP/1.1", field("Content-Length", "5"), field("Content-Length", "0")) + "0" + CRLF
                            + CRLF,
                    BAD);
            smuggle(
                    kind + ":cl-duplicate",
                    ambiguousHead("HTTP/1.1", field("content-length", "0"), field("Content-Length", "44")) + "0" + CRLF
                            + CRLF,
                    BAD);
            smuggle(
                    kind + ":te-duplicate",
                    ambiguousHead(
                                    "HTTP/1.1",
                                    field("Transfer-Encoding", "chunked"),
                                    field("Transfer-Encoding", w.pick("chunked", "identity")))
                            + "0" + CRLF + CRLF,
                    BAD_OR_UNSUPPORTED);
            String te = w.pick(TE_ACCEPTED_ALONE);
            smuggle(
                    kind + ":te-http1.0",
                    ambiguousHead("HTTP/1.0", field("Transfer-Encoding", te)) + "0" + CRLF + CRLF,
                    BAD);
            smuggle(
                    kind + ":te-http1.0",
                    ambiguousHead("HTTP/1.0", field("Transfer-Encoding", te), field("Content-Length", "5")) + "0" + CRLF
                            + CRLF,
                    BAD);
            // The framing field hidden by a syntax error a lenient parser would forgive.
            String hiddenTe = w.pick(
                    "Transfer-Encoding : chunked" + CRLF,
                    "Transfer-Encoding\t: chunked" + CRLF,
                    "X-Padding: x\nTransfer-Encoding: chunked" + CRLF,
                    "X-Padding: x\rTransfer-Encoding: chunked" + CRLF,
                    "X-Padding: x" + CRLF + " Transfer-Encoding: chunked" + CRLF,
                    "Transfer-Encoding:" + CRLF + " chunked" + CRLF,
                    "Transfer-Encoding\u0000: chunked" + CRLF,
                    "Transfer-Encoding: chunked\n",
                    "Transfer Encoding: chunked" + CRLF,
                    "\u0000Transfer-Encoding: chunked" + CRLF);
            smuggle(
                    kind + ":te-hidden",
                    ambiguousHead("HTTP/1.1", hiddenTe, field("Content-Length", "5")) + "0" + CRLF + CRLF,
                    BAD);
            smuggle(kind + ":te-hidden", ambiguousHead("HTTP/1.1", hiddenTe) + "0" + CRLF + CRLF, BAD);
            String hiddenCl = w.pick(
                    "Content-Length : 5" + CRLF,
                    "X-Padding: x\nContent-Length: 5" + CRLF,
                    "X-Padding: x" + CRLF + " Content-Length: 5" + CRLF,
                    "Content-Length: 5" + CRLF + " 0" + CRLF,
                    "Content-Length:" + CRLF + "\t5" + CRLF);
            smuggle(kind + ":cl-hidden", ambiguousHead("HTTP/1.1", hiddenCl) + "0" + CRLF + CRLF, BAD);
        }
    }

    // ---- chunked bodies ----

    private String chunkedHead(KeyKind key) {
        String method = w.pick("POST", "POST", "PUT", "GET");
        String target = method.equals("POST") ? w.unblockPath(key) : w.anyTarget(key);
        return Wire.head(method, target, "HTTP/1.1", w.fields(key, field("Transfer-Encoding", "chunked")));
    }

    private void malformedChunks(int each) {
        List<String> bodies = List.of(
                "zz" + CRLF + "hello" + CRLF + "0" + CRLF + CRLF,
                "-1" + CRLF + CRLF,
                "0x5" + CRLF + "hello" + CRLF + "0" + CRLF + CRLF,
                "5" + CRLF + "helloX" + CRLF + "0" + CRLF + CRLF,
                "5" + CRLF + "hello\n0" + CRLF + CRLF,
                "5\nhello" + CRLF + "0" + CRLF + CRLF,
                "5\rhello" + CRLF + "0" + CRLF + CRLF,
                "5;ext=1" + CRLF + "hello" + CRLF + "0" + CRLF + CRLF,
                "5;" + CRLF + "hello" + CRLF + "0" + CRLF + CRLF,
                "0;ext" + CRLF + CRLF,
                "5 " + CRLF + "hello" + CRLF + "0" + CRLF + CRLF,
                " 5" + CRLF + "hello" + CRLF + "0" + CRLF + CRLF,
                "\t5" + CRLF + "hello" + CRLF + "0" + CRLF + CRLF,
                CRLF + "hello" + CRLF + "0" + CRLF + CRLF,
                "5" + CRLF + "hel" + CRLF + "0" + CRLF + CRLF + "xxxx",
                "3" + CRLF + "hello" + CRLF + "0" + CRLF + CRLF,
                "0" + CRLF + "\rX",
                "0" + CRLF + "\n",
                "0\n\n",
                "+5" + CRLF + "hello" + CRLF + "0" + CRLF + CRLF,
                "5\u0000" + CRLF + "hello" + CRLF + "0" + CRLF + CRLF,
                "g" + CRLF,
                "123456789" + CRLF,
                "000000000" + CRLF + CRLF,
                "4001" + CRLF + "x".repeat(64),
                "FFFFFFFF" + CRLF + "x".repeat(64),
                "2000" + CRLF + "x".repeat(0x2000) + CRLF + "2001" + CRLF + "x".repeat(64));
        Set<Integer> refused = Set.of(400, 413);
        for (int i = 0; i < each; i++) {
            for (String body : bodies) {
                smuggle("chunked-malformed", chunkedHead(w.anyKey()) + body, refused);
            }
        }
    }

    private void validChunks(int count) {
        List<String> bodies = List.of(
                "0" + CRLF + CRLF,
                "5" + CRLF + "hello" + CRLF + "0" + CRLF + CRLF,
                "A" + CRLF + "0123456789" + CRLF + "0" + CRLF + CRLF,
                "a" + CRLF + "0123456789" + CRLF + "0" + CRLF + CRLF,
                "0005" + CRLF + "hello" + CRLF + "0" + CRLF + CRLF,
                "00000000" + CRLF + CRLF,
                "1" + CRLF + "{" + CRLF + "1" + CRLF + "}" + CRLF + "0" + CRLF + CRLF,
                "1" + CRLF + "x" + CRLF + "1" + CRLF + "x" + CRLF + "1" + CRLF + "x" + CRLF + "0" + CRLF + CRLF,
                "4000" + CRLF + "x".repeat(0x4000) + CRLF + "0" + CRLF + CRLF);
        for (int i = 0; i < count; i++) {
            KeyKind key = w.anyKey();
            String expect = w.chance(0.2) ? field("Expect", "100-continue") : "";
            String head = w.chance(0.5)
                    ? Wire.head(
                            "POST",
                            w.unblockPath(key),
                            "HTTP/1.1",
                            w.fields(key, field("Transfer-Encoding", "chunked"), expect))
                    : Wire.head(
                            w.pick("GET", "POST", "PUT"),
                            w.anyTarget(key),
                            "HTTP/1.1",
                            w.fields(
                                    key, field("Transfer-Encoding", w.pick("chunked", "CHUNKED", " chunked")), expect));
            // A valid request behind it must be answered: the chunked body was framed right.
            String next = Wire.head(
                    "GET",
                    Wire.HEALTH,
                    "HTTP/1.1",
                    w.fields(KeyKind.NONE, field("X-Request-Id", "after-chunked-" + i)));
            pipeline("chunked-valid", List.of(head + w.pick(bodies), next), java.util.Arrays.asList(null, Set.of(200)));
        }
    }

    // ---- trailers ----

    private void trailers(int count) {
        for (int i = 0; i < count; i++) {
            // No key in the header fields: only a trailer field carries one, and trailers must never count.
            KeyKind headerKey = w.chance(0.8) ? KeyKind.NONE : w.pick(KeyKind.READER, KeyKind.WRONG);
            String target = w.unblockPath(headerKey);
            String trailer = w.pick(
                    field("X-API-KEY", w.secrets.writer()),
                    field("X-API-KEY", w.secrets.writer()),
                    field("x-api-key", w.secrets.writer()),
                    "X-API-KEY:" + w.secrets.writer() + CRLF,
                    field("X-API-KEY", w.secrets.writer()) + field("X-Other", "1"),
                    field("Content-Length", "5"),
                    field("Transfer-Encoding", "chunked"),
                    field("Host", "evil.example"),
                    field("X-Foo", "bar"),
                    field("Expect", "100-continue"));
            String data = w.chance(0.5) ? "5" + CRLF + "hello" + CRLF : "";
            String head =
                    Wire.head("POST", target, "HTTP/1.1", w.fields(headerKey, field("Transfer-Encoding", "chunked")));
            smuggle("trailer-fields", head + data + "0" + CRLF + trailer + CRLF, BAD);
        }
    }

    // ---- Content-Length and sizes ----

    private void contentLength() {
        for (int i = 0; i < 200; i++) {
            KeyKind key = w.anyKey();
            Wire.Call call = w.anyCall(key);
            // The head alone: a server that took this length would wait for the body, and time out.
            String length = w.pick(
                    "16385",
                    "20000",
                    "1000000",
                    "2147483648",
                    "9223372036854775808",
                    "99999999999999999999999999999",
                    "0016385");
            single(
                    "content-length-over-limit",
                    Wire.head(
                            w.pick("POST", "PUT", call.method()),
                            call.target(),
                            "HTTP/1.1",
                            w.fields(key, field("Content-Length", length))),
                    Set.of(413));
        }
        for (int i = 0; i < 60; i++) {
            KeyKind key = w.anyKey();
            String length = w.pick("16384", "5", "00005", " 5", "5 ", "\t5");
            int size = Integer.parseInt(length.trim());
            Wire.Call call =
                    w.chance(0.5) ? new Wire.Call("POST", w.unblockPath(key)) : new Wire.Call("GET", Wire.HEALTH);
            single(
                    "content-length-within-limit",
                    Wire.head(call.method(), call.target(), "HTTP/1.1", w.fields(key, field("Content-Length", length)))
                            + "x".repeat(size),
                    null);
        }
    }

    private void oversize() {
        for (int i = 0; i < 120; i++) {
            int length = w.between(4097, 9000);
            String target = w.chance(0.5)
                    ? "/api/users/" + "a".repeat(length - 11)
                    : Wire.HEALTH + "?q=" + "b".repeat(length - Wire.HEALTH.length() - 3);
            single("target-over-4k", Wire.head("GET", target, "HTTP/1.1", w.fields(w.anyKey())), Set.of(414));
        }
        for (int i = 0; i < 30; i++) {
            // 4096 bytes is still within the limit: an id that long is a 422, not a 414.
            String target = "/api/users/" + "a".repeat(4096 - 11);
            single("target-at-4k", Wire.head("GET", target, "HTTP/1.1", w.fields(KeyKind.READER)), Set.of(422, 429));
        }
        for (int i = 0; i < 100; i++) {
            String big = field("X-Padding", "p".repeat(w.between(8200, 16000)));
            single(
                    "fields-over-8k",
                    Wire.head("GET", w.anyTarget(KeyKind.NONE), "HTTP/1.1", w.fields(w.anyKey(), big)),
                    Set.of(431));
        }
        for (int i = 0; i < 60; i++) {
            List<String> many = new ArrayList<>();
            int n = w.between(60, 80);
            for (int f = 0; f < n; f++) {
                many.add(field("X-Pad-" + f, "v".repeat(w.between(140, 200))));
            }
            single(
                    "fields-over-8k",
                    Wire.head(
                            "GET",
                            w.anyTarget(KeyKind.NONE),
                            "HTTP/1.1",
                            w.fields(w.anyKey(), many.toArray(String[]::new))),
                    Set.of(431));
        }
        for (int i = 0; i < 100; i++) {
            List<String> many = new ArrayList<>();
            int n = w.between(101, 260);
            for (int f = 0; f < n; f++) {
                many.add(field("X-F" + f, "1"));
            }
            single(
                    "over-100-fields",
                    Wire.head(
                            "GET",
                            w.anyTarget(KeyKind.NONE),
                            "HTTP/1.1",
                            w.fields(w.anyKey(), many.toArray(String[]::new))),
                    Set.of(431));
        }
        for (int i = 0; i < 40; i++) {
            // Exactly 100 fields (Host and 99 others), each small: within the limits.
            List<String> fields = new ArrayList<>();
            fields.add(w.hostField());
            for (int f = 0; f < 99; f++) {
                fields.add(field("X-F" + f, "1"));
            }
            Collections.shuffle(fields, w.random);
            single("100-fields", Wire.head("GET", Wire.HEALTH, "HTTP/1.1", fields), Set.of(200));
        }
    }

    // ---- Expect ----

    private void expect(int count) {
        for (int i = 0; i < count; i++) {
            KeyKind key = w.anyKey();
            Wire.Call call = w.chance(0.5) ? new Wire.Call("POST", w.unblockPath(key)) : w.anyCall(key);
            String body = w.pick("", "hello");
            String length = field("Content-Length", Integer.toString(body.length()));
            if (w.chance(0.4)) {
                String value =
                        w.pick("100-continue", "100-Continue", "100-CONTINUE", " 100-continue ", "100-continue\t");
                single(
                        "expect-100-continue",
                        Wire.head(
                                        call.method(),
                                        call.target(),
                                        "HTTP/1.1",
                                        w.fields(key, field("Expect", value), length))
                                + body,
                        null);
            } else {
                String value = w.pick(
                        "100-continue, foo",
                        "foo",
                        "200-ok",
                        "",
                        "100-continue;x=1",
                        "100",
                        "continue",
                        "100-continue\u0080",
                        "101-switching",
                        "100-continue 100-continue",
                        "*");
                single(
                        "expect-other",
                        Wire.head(
                                        call.method(),
                                        call.target(),
                                        "HTTP/1.1",
                                        w.fields(key, field("Expect", value), length))
                                + body,
                        Set.of(417));
            }
        }
    }

    // ---- pipelining ----

    private void pipelines(int valid, int validThenInvalid) {
        for (int i = 0; i < valid; i++) {
            int n = w.between(2, 6);
            List<String> texts = new ArrayList<>();
            List<Set<Integer>> expected = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                KeyKind key = w.anyKey();
                String close = k == n - 1 && w.chance(0.3) ? field("Connection", "close") : "";
                texts.add(w.valid(w.anyCall(key), key, field("X-Request-Id", "pipe-" + i + "-" + k), close));
                expected.add(null);
            }
            pipeline("pipeline-valid", texts, expected);
        }
        for (int i = 0; i < validThenInvalid; i++) {
            int n = w.between(1, 3);
            List<String> texts = new ArrayList<>();
            List<Set<Integer>> expected = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                KeyKind key = w.anyKey();
                texts.add(w.valid(w.anyCall(key), key, field("X-Request-Id", "pipe-bad-" + i + "-" + k)));
                expected.add(null);
            }
            KeyKind key = w.anyKey();
            Wire.Call call = w.anyCall(key);
            int defect = w.random.nextInt(7);
            switch (defect) {
                case 0 ->
                    texts.add(call.method() + " " + call.target() + " HTTP/1.1" + CRLF + w.hostField() + "X-Foo: a\n"
                            + CRLF);
                case 1 ->
                    texts.add(Wire.head(call.method(), call.target(), "HTTP/1.1", w.fields(key, "X-Foo : a" + CRLF)));
                case 2 ->
                    texts.add(Wire.head(
                                    "POST",
                                    call.target(),
                                    "HTTP/1.1",
                                    w.fields(key, field("Content-Length", "5"), field("Transfer-Encoding", "chunked")))
                            + "0" + CRLF + CRLF);
                case 3 -> texts.add(Wire.head(call.method(), call.target(), "HTTP/2.0", w.fields(key)));
                case 4 ->
                    texts.add(Wire.head(
                            "POST", call.target(), "HTTP/1.1", w.fields(key, field("Content-Length", "99999"))));
                case 5 ->
                    texts.add(
                            Wire.head(call.method(), call.target(), "HTTP/1.1", w.fields(key, field("Expect", "foo"))));
                default -> texts.add(Wire.head("G(T", call.target(), "HTTP/1.1", w.fields(key)));
            }
            expected.add(
                    switch (defect) {
                        case 0, 1, 2, 6 -> BAD;
                        case 3 -> Set.of(505);
                        case 4 -> Set.of(413);
                        default -> Set.of(417);
                    });
            if (w.chance(0.6)) {
                texts.add(w.valid(
                        new Wire.Call("GET", Wire.HEALTH), KeyKind.NONE, field("X-Request-Id", "after-refusal-" + i)));
                expected.add(null);
            }
            pipeline("pipeline-then-invalid", texts, expected);
        }
    }

    // ---- not HTTP ----

    private void notHttp(int count) {
        for (int i = 0; i < count; i++) {
            int roll = w.random.nextInt(9);
            switch (roll) {
                case 0 -> single("not-http:tls-client-hello", clientHello(), BAD);
                case 1 -> single("not-http:nul-run", "\u0000".repeat(w.between(1, 4096)), BAD);
                case 2 -> {
                    // Random bytes whose first byte cannot start a method, so the refusal is immediate.
                    String first = w.randomOf("\u0000\u0001\u0016\u001b\u007f\u0080\u00ff ({[\"", 1);
                    StringBuilder rest = new StringBuilder();
                    for (int b = w.between(0, 600); b > 0; b--) {
                        rest.append((char) w.random.nextInt(256));
                    }
                    single("not-http:random-bytes", first + rest, BAD);
                }
                case 3 ->
                    single(
                            "not-http:other-protocol",
                            w.pick(
                                    "SSH-2.0-OpenSSH_9.6" + CRLF,
                                    "\u0005\u0001\u0000",
                                    "{\"jsonrpc\":\"2.0\"}" + CRLF,
                                    "PRI * HTTP/2.0" + CRLF + CRLF + "SM" + CRLF + CRLF),
                            Set.of(400, 505));
                case 4 -> {
                    int empty = w.between(1, 4);
                    single(
                            "leading-empty-lines",
                            CRLF.repeat(empty) + w.valid(w.anyCall(KeyKind.READER), KeyKind.READER),
                            null);
                }
                case 5 ->
                    single(
                            "leading-empty-lines",
                            CRLF.repeat(w.between(5, 40)) + w.valid("GET", Wire.HEALTH, KeyKind.NONE),
                            BAD);
                case 6 ->
                    single(
                            "leading-bare-lf",
                            w.pick("\n", "\r\n\n", "\n\r\n", "\r\r\n") + w.valid("GET", Wire.HEALTH, KeyKind.NONE),
                            BAD);
                case 7 ->
                    single(
                            "leading-whitespace",
                            w.pick(" ", "\t", "  ") + w.valid("GET", Wire.HEALTH, KeyKind.NONE),
                            BAD);
                default ->
                    single(
                            "not-http:h2-frames",
                            "\u0000\u0000\u0012\u0004\u0000\u0000\u0000\u0000\u0000"
                                    + "\u0000\u0003\u0000\u0000\u0000d",
                            BAD);
            }
        }
    }

    /** A TLS 1.2/1.3 ClientHello for localhost, with fresh random bytes. */
    private String clientHello() {
        StringBuilder hello = new StringBuilder();
        hello.append("\u0003\u0003");
        for (int i = 0; i < 32; i++) {
            hello.append((char) w.random.nextInt(256));
        }
        hello.append(" ");
        for (int i = 0; i < 32; i++) {
            hello.append((char) w.random.nextInt(256));
        }
        hello.append("\u0000\u0004\u0013\u0001\u0013\u0002\u0001\u0000");
        String sni = "\u0000\u0000\u0000\u000e\u0000\u000c\u0000\u0000\u0009localhost";
        String versions = "\u0000+\u0000\u0005\u0004\u0003\u0004\u0003\u0003";
        String extensions = sni + versions;
        hello.append((char) 0).append((char) extensions.length()).append(extensions);
        String body = "\u0001\u0000" + (char) (hello.length() >> 8) + (char) (hello.length() & 0xff) + hello;
        return "\u0016\u0003\u0001" + (char) (body.length() >> 8) + (char) (body.length() & 0xff) + body;
    }
}
