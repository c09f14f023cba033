package dev.usersapi.hostile;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the oracle needs to know of a request it sent, read back leniently from the bytes: method,
 * target, version and header fields. The point is not to judge the request (the server does that)
 * but to know which route and key it names when the server does read it, so that the status can
 * be checked against that route's documented ones.
 */
record RequestFacts(
        String method,
        String target,
        String version,
        List<Map.Entry<String, String>> headers,
        KeyKind key,
        boolean headMethod) {

    /** A request line that is not three parts separated by single spaces. */
    static final String UNREADABLE = "";

    static RequestFacts of(byte[] bytes, Secrets secrets) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int start = 0;
        while (text.startsWith("\r\n", start)) {
            start += 2;
        }
        List<String> lines = new ArrayList<>();
        int i = start;
        while (i < text.length()) {
            int lf = text.indexOf('\n', i);
            if (lf < 0) {
                lines.add(text.substring(i));
                break;
            }
            String line = text.substring(i, lf);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            i = lf + 1;
            if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
                break;
            }
        }
        String[] requestLine = lines.isEmpty() ? new String[0] : lines.get(0).split(" ", -1);
        String method = UNREADABLE;
        String target = UNREADABLE;
        String version = UNREADABLE;
        if (requestLine.length == 3) {
            method = requestLine[0];
            target = requestLine[1];
            version = requestLine[2];
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.add(new AbstractMap.SimpleImmutableEntry<>(
                        line.substring(0, colon), line.substring(colon + 1).replaceAll("^[ \\t]+|[ \\t]+$", "")));
            }
        }
        boolean headMethod = !lines.isEmpty() && lines.get(0).startsWith("HEAD ");
        return new RequestFacts(method, target, version, headers, keyOf(headers, secrets), headMethod);
    }

    private static KeyKind keyOf(List<Map.Entry<String, String>> headers, Secrets secrets) {
        List<String> keys = values(headers, "X-API-KEY");
        if (keys.size() > 1) {
            return KeyKind.AMBIGUOUS;
        }
        if (keys.isEmpty() || keys.get(0).isEmpty()) {
            return KeyKind.NONE;
        }
        if (keys.get(0).equals(secrets.writer())) {
            return KeyKind.WRITER;
        }
        return keys.get(0).equals(secrets.reader()) ? KeyKind.READER : KeyKind.WRONG;
    }

    private static List<String> values(List<Map.Entry<String, String>> headers, String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> field : headers) {
            if (field.getKey().equalsIgnoreCase(name)) {
                values.add(field.getValue());
            }
        }
        return values;
    }

    List<String> values(String name) {
        return values(headers, name);
    }

    /**
     * Whether the answer has no content: the request line starts with the method HEAD, whatever
     * follows (the server answers a malformed HEAD request without the problem's content too).
     */
    boolean isHead() {
        return headMethod;
    }

    AcceptVerdict accept() {
        return AcceptVerdict.of(values("Accept"));
    }

    /** The client's own request id if the server would take it over (see RequestIdFilter), else null. */
    String ownRequestId() {
        List<String> ids = values("X-Request-Id");
        return ids.size() == 1 && ids.get(0).matches("[A-Za-z0-9._:-]{1,64}") ? ids.get(0) : null;
    }

    /** The path of an origin-form or http(s) absolute-form target, without the query; null for other forms. */
    String path() {
        String path;
        if (target.startsWith("/")) {
            path = target;
        } else {
            String lower = target.toLowerCase(Locale.ROOT);
            int scheme = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
            if (scheme < 0) {
                return null;
            }
            int slash = target.indexOf('/', scheme);
            if (slash < 0) {
                return null;
            }
            path = target.substring(slash);
        }
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
