package dev.usersapi.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.support.TestUsers;
import dev.usersapi.support.UsersApiServerExtension;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can only be judged once every request has been sent: that no guarded user was unblocked
 * (read through the API, as a client would, and from the store), and that the metrics' labels
 * stayed bounded whatever methods and paths the requests named.
 */
final class AfterRunChecks {

    private static final Set<String> METHOD_LABELS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "other");
    private static final Pattern SERIES =
            Pattern.compile("^http_server_requests_seconds_count\\{([^}]*)}", Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final UsersApiServerExtension server;
    private final RawClient client;
    private final Secrets secrets;
    private final Findings findings;
    private final ObjectMapper json = new ObjectMapper();

    AfterRunChecks(UsersApiServerExtension server, RawClient client, Secrets secrets, Findings findings) {
        this.server = server;
        this.client = client;
        this.secrets = secrets;
        this.findings = findings;
    }

    void guardedUsersStayBlocked(SuiteUsers users, List<HostileRequest> sent) throws Exception {
        Lockout blocked = new Lockout(TestUsers.FAR_FUTURE, 5);
        for (String id : users.guarded()) {
            Optional<UserAccount> stored = server.repository().find(id);
            boolean changed = stored.isEmpty()
                    || !stored.get().lockout().equals(blocked)
                    || !server.repository().auditEvents(id).isEmpty();
            RawResponse read = get("/api/users/" + id, secrets.reader());
            if (read != null && read.status() == 200) {
                JsonNode user = json.readTree(read.body());
                changed |= user.path("block_until").asLong() != TestUsers.FAR_FUTURE
                        || user.path("failure_count").asInt() != 5;
            } else if (read == null || read.status() != 429) {
                findings.add(
                        "guarded-user",
                        "valid read of a guarded user failed",
                        id + ": " + (read == null ? "no answer" : read.summary()));
            }
            if (changed) {
                StringBuilder culprits = new StringBuilder(id + " is no longer blocked; requests that named it:");
                sent.stream()
                        .filter(r -> new String(r.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1).contains(id))
                        .limit(5)
                        .forEach(r -> culprits.append("\n  ").append(secrets.masked(r.bytes(), 300)));
                findings.add(
                        "guarded-user",
                        "a request without the writer key in its header fields unblocked a user",
                        culprits.toString());
            }
        }
    }

    void metricLabelsStayBounded() throws Exception {
        RawResponse metrics = get("/metrics", null);
        if (metrics == null || metrics.status() != 200) {
            findings.add("metrics", "GET /metrics failed", metrics == null ? "no answer" : metrics.summary());
            return;
        }
        Set<String> odd = new TreeSet<>();
        Set<String> routes = new TreeSet<>();
        int series = 0;
        Matcher matcher = SERIES.matcher(metrics.bodyText());
        while (matcher.find()) {
            series++;
            Matcher label = LABEL.matcher(matcher.group(1));
            while (label.find()) {
                if (label.group(1).equals("method") && !METHOD_LABELS.contains(label.group(2))) {
                    odd.add(label.group(2));
                }
                if (label.group(1).equals("route")) {
                    routes.add(label.group(2));
                }
            }
        }
        if (!odd.isEmpty()) {
            findings.add(
                    "metrics",
                    "method label takes values chosen by clients (unbounded series)",
                    odd.size() + " method label values outside the standard methods in " + series + " series, e.g. "
                            + odd.stream().limit(8).toList());
        }
        for (String route : routes) {
            if (!route.equals("UNMATCHED") && !route.matches("/[a-z/._]*(\\{[a-z_]+}[a-z/]*)*")) {
                findings.add("metrics", "route label is not a route template", route);
            }
        }
    }

    private RawResponse get(String path, String key) throws Exception {
        String request =
                "GET " + path + " HTTP/1.1\r\nHost: " + server.baseUri().getAuthority() + "\r\n"
                        + (key == null ? "" : "X-API-KEY: " + key + "\r\n") + "Connection: close\r\n\r\n";
        byte[] bytes = Escapes.latin1(request);
        HostileRequest get = HostileRequest.single("after-run", bytes, null);
        Exchange exchange = client.exchange(get, List.of(RequestFacts.of(bytes, secrets)), new Random(0));
        return exchange.last();
    }
}
