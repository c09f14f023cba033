package dev.usersapi.hostile;

import static dev.usersapi.hostile.Wire.field;

import java.util.List;

/**
 * Well-framed requests whose fields ask for something: valid calls of every operation, Accept and
 * Content-Type variants, conditional fields, Upgrade, and API keys missing, wrong, valid, repeated
 * or odd. Their statuses follow from the route, the key and the Accept field.
 */
final class SemanticsCases extends CaseFamily {

    SemanticsCases(Wire wire) {
        super(wire);
    }

    @Override
    void generate() {
        valid(300);
        accept(500);
        contentType(200);
        conditional(200);
        upgrade(200);
        keys(500);
    }

    private void valid(int count) {
        for (int i = 0; i < count; i++) {
            KeyKind key = w.anyKey();
            single("valid", w.valid(w.anyCall(key), key), null);
        }
    }

    private void accept(int count) {
        List<String> values = List.of(
                "application/json",
                "application/*",
                "*/*",
                "application/problem+json",
                "application/json;q=0.5",
                "text/html",
                "application/xml",
                "text/plain",
                "image/png",
                "application/",
                "*/*;q=0",
                "application/json;q=0",
                "application/json;q=0.0",
                "application/json;q=0, */*",
                "*/*;q=0, application/json",
                "garbage",
                ";;;",
                ",",
                "",
                "application/json;charset=utf-8",
                "application/json;q=abc",
                "application/json;q=2",
                "*/",
                "/*",
                "*",
                "application/json, text/plain;q=0.5",
                "text/*",
                "application/problem+json;q=0",
                "APPLICATION/JSON",
                "application/json\t",
                "application/json;;",
                "application/json;q=0.001",
                "\u00e9/\u00e9",
                "application/json/x",
                "text/html;q=0, application/xml;q=0",
                "application/*;q=0",
                "application/json, */*;q=0");
        for (int i = 0; i < count; i++) {
            KeyKind key = w.chance(0.8) ? w.pick(KeyKind.READER, KeyKind.WRITER) : w.anyKey();
            Wire.Call call = w.chance(0.8) ? w.anyCall(key) : new Wire.Call("GET", w.readPath());
            String accept = w.chance(0.05)
                    ? String.join(", ", java.util.Collections.nCopies(200, "text/x-" + i))
                    : w.pick(values);
            String second = w.chance(0.1) ? field("Accept", w.pick(values)) : "";
            single("accept", w.valid(call, key, field("Accept", accept), second), null);
        }
    }

    private void contentType(int count) {
        List<String> values = List.of(
                "garbage",
                "application/",
                "/",
                ";",
                "text/plain",
                "application/json",
                "application/json; charset=utf-8",
                "multipart/form-data",
                "application/x-www-form-urlencoded",
                "\u00e9",
                "",
                "application/json;charset=\"",
                "*/*",
                "application/json;charset=nope",
                "text/html;;;");
        for (int i = 0; i < count; i++) {
            KeyKind key = w.chance(0.7) ? KeyKind.WRITER : w.anyKey();
            String body = w.pick("", "{}", "hello");
            String target = w.chance(0.75) ? w.unblockPath(key) : w.readPath();
            String method = target.endsWith("/unblock") ? "POST" : "GET";
            single(
                    "content-type",
                    Wire.head(
                                    method,
                                    target,
                                    "HTTP/1.1",
                                    w.fields(
                                            key,
                                            field("Content-Type", w.pick(values)),
                                            field("Content-Length", Integer.toString(body.length()))))
                            + body,
                    null);
        }
    }

    private void conditional(int count) {
        List<String> fields = List.of(
                field("If-Match", "\"x\""),
                field("If-Match", "*"),
                field("If-Match", "W/\"x\""),
                field("If-Match", "garbage"),
                field("If-None-Match", "*"),
                field("If-None-Match", "\"x\""),
                field("If-None-Match", "W/\"x\""),
                field("If-None-Match", "garbage"),
                field("If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT"),
                field("If-Modified-Since", "garbage"),
                field("If-Modified-Since", "Fri, 31 Dec 2100 23:59:59 GMT"),
                field("If-Unmodified-Since", "Thu, 01 Jan 1970 00:00:00 GMT"),
                field("If-Range", "\"x\""),
                field("Range", "bytes=0-10"));
        for (int i = 0; i < count; i++) {
            KeyKind key = w.chance(0.8) ? w.pick(KeyKind.READER, KeyKind.WRITER) : w.anyKey();
            Wire.Call call = w.pick(
                    new Wire.Call("GET", w.readPath()),
                    new Wire.Call("GET", Wire.HEALTH),
                    new Wire.Call("GET", "/health/ready"),
                    new Wire.Call("GET", "/openapi.yaml"),
                    new Wire.Call("GET", "/docs/index.html"),
                    new Wire.Call("GET", "/metrics"),
                    new Wire.Call("POST", w.unblockPath(key)),
                    new Wire.Call("HEAD", "/openapi.yaml"));
            single("conditional", w.valid(call, key, w.pick(fields), w.chance(0.2) ? w.pick(fields) : ""), null);
        }
    }

    private void upgrade(int count) {
        List<List<String>> sets = List.of(
                List.of(
                        field("Upgrade", "h2c"),
                        field("Connection", "Upgrade, HTTP2-Settings"),
                        field("HTTP2-Settings", "AAMAAABkAARAAAAAAAIAAAAA")),
                List.of(
                        field("Upgrade", "websocket"), field("Connection", "Upgrade"),
                        field("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="), field("Sec-WebSocket-Version", "13")),
                List.of(field("Upgrade", "TLS/1.2, HTTP/1.1"), field("Connection", "Upgrade")),
                List.of(field("Connection", "upgrade")),
                List.of(field("Upgrade", "h2c")),
                List.of(field("Upgrade", "HTTP/2.0"), field("Connection", "keep-alive, Upgrade")));
        for (int i = 0; i < count; i++) {
            KeyKind key = w.anyKey();
            String first = w.valid(w.anyCall(key), key, w.pick(sets).toArray(String[]::new));
            // The upgrade must be ignored: the connection goes on as HTTP/1.1 and the next request is answered.
            String next = w.valid("GET", Wire.HEALTH, KeyKind.NONE, field("X-Request-Id", "after-upgrade-" + i));
            pipeline("upgrade", List.of(first, next), java.util.Arrays.asList(null, null));
        }
    }

    private void keys(int count) {
        for (int i = 0; i < count; i++) {
            String writer = w.secrets.writer();
            String keyField = w.pick(
                    "",
                    "X-API-KEY:\r\n",
                    "X-API-KEY: \r\n",
                    field("X-API-KEY", "wrong"),
                    field("X-API-KEY", writer),
                    field("X-API-KEY", w.secrets.reader()),
                    "X-API-KEY:    " + writer + " \t\r\n",
                    field("X-API-KEY", writer + "x"),
                    field("X-API-KEY", writer.toUpperCase(java.util.Locale.ROOT)),
                    field("x-api-key", writer),
                    field("X-Api-Key", w.secrets.reader()),
                    field("X-API-KEY", "wrong") + field("X-API-KEY", writer),
                    field("X-API-KEY", writer) + field("X-API-KEY", writer),
                    field("X-API-KEY", "k".repeat(5000)),
                    field("X-API-KEY", "wr\u00e9ter"),
                    field("X-API-KEY", "Bearer " + writer),
                    field("X-API-KEY", "writ\ter"),
                    field("X-API-KEY", writer + "," + writer),
                    field("Authorization", "Bearer " + writer),
                    field("X-API-KEY", "%00"),
                    field("X-API-KEY", "' OR '1'='1"));
            String target;
            String method;
            if (w.chance(0.5)) {
                // A key field that is not exactly the writer's names a guarded user.
                boolean writerKey = keyField.equals(field("X-API-KEY", writer))
                        || keyField.equals(field("x-api-key", writer))
                        || keyField.startsWith("X-API-KEY:    " + writer);
                target = writerKey ? w.unblockPath(KeyKind.WRITER) : w.unblockPath(KeyKind.NONE);
                method = "POST";
            } else {
                target = w.readPath();
                method = w.pick("GET", "GET", "HEAD");
            }
            List<String> fields = w.fields(KeyKind.NONE, keyField);
            single("api-key", Wire.head(method, target, "HTTP/1.1", fields), null);
        }
    }
}
