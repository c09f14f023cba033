package dev.usersapi.http;

import static dev.usersapi.support.TestUsers.FAR_FUTURE;
import static dev.usersapi.support.TestUsers.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.support.UsersApiServerExtension;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Prometheus endpoint reports requests per route and status, unblock outcomes and JVM figures. */
class MetricsTest {

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.standard();

    @Test
    void requestCountsMovePerRouteAndStatus() {
        String id = server.store(user("metrics").blockedUntil(FAR_FUTURE, 5).build());
        double before200 = counter("http_server_requests_seconds_count", "POST", "/api/users/{user_id}/unblock", "200");
        double before404 = counter("http_server_requests_seconds_count", "POST", "/api/users/{user_id}/unblock", "404");

        for (int i = 0; i < 3; i++) {
            server.asWriter().post("/api/users/{id}/unblock", id).then().statusCode(200);
        }
        server.asWriter()
                .post("/api/users/{id}/unblock", "nobody-metrics")
                .then()
                .statusCode(404);

        assertEquals(
                before200 + 3,
                counter("http_server_requests_seconds_count", "POST", "/api/users/{user_id}/unblock", "200"));
        assertEquals(
                before404 + 1,
                counter("http_server_requests_seconds_count", "POST", "/api/users/{user_id}/unblock", "404"));
    }

    @Test
    void unblockOutcomesAreCountedByWhetherTheyClearedALockout() {
        String id = server.store(user("outcomes").blockedUntil(FAR_FUTURE, 5).build());
        double cleared = outcome("cleared");
        double notBlocked = outcome("not_blocked");

        server.asWriter().post("/api/users/{id}/unblock", id).then().statusCode(200);
        server.asWriter().post("/api/users/{id}/unblock", id).then().statusCode(200);

        assertEquals(cleared + 1, outcome("cleared"));
        assertEquals(notBlocked + 1, outcome("not_blocked"));
    }

    @Test
    void jvmFiguresAreReportedAndNoUserIdLeaksIntoLabels() {
        String id = server.store(user("no-leak").build());
        server.asReader().get("/api/users/{id}", id).then().statusCode(200);

        String scrape = scrape();
        assertTrue(scrape.contains("jvm_memory_used_bytes"), "no JVM memory figures");
        assertTrue(scrape.contains("jvm_threads_live_threads"), "no JVM thread figures");
        assertTrue(!scrape.contains(id), "a user id appears in the metrics");
    }

    private double outcome(String outcome) {
        return value(scrape(), "users_unblock_outcomes_total\\{outcome=\"" + outcome + "\"\\}");
    }

    private double counter(String name, String method, String route, String status) {
        String scrape = scrape();
        Pattern line = Pattern.compile("^" + name + "\\{(.*)\\} (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = line.matcher(scrape);
        while (matcher.find()) {
            String labels = matcher.group(1);
            if (labels.contains("method=\"" + method + "\"")
                    && labels.contains("route=\"" + route + "\"")
                    && labels.contains("status=\"" + status + "\"")) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }

    private static double value(String scrape, String series) {
        Matcher matcher =
                Pattern.compile("^" + series + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private String scrape() {
        return server.outsideContract()
                .get("/metrics")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/plain"))
                .extract()
                .asString();
    }
}
