package dev.usersapi.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.http.throttling.ThrottleSettings;
import dev.usersapi.support.UsersApiServerExtension;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Some ten thousand hostile requests, generated from a seed and sent over raw sockets, each answer
 * judged by the contract ({@link ContractOracle}); then the guarded users, the metrics and the log
 * are checked. Every violation is collected and the test fails once, at the end, with a summary
 * by class of input and rule broken.
 *
 * <p>The seed is printed; {@code -Dhostile.seed=N} repeats a run. Failure examples show the exact
 * bytes sent, escaped, with the API keys as placeholders.
 */
class HostileInputTest {

    /**
     * The suite's server, built here and nowhere else, so its settings can be changed in one place.
     * Unthrottled: thousands of requests with missing or wrong keys from one address would otherwise
     * turn nearly every later request under /api/ into a 429 and hide what it would have got
     * (ThrottlingTest covers the limits).
     */
    @RegisterExtension
    static final UsersApiServerExtension server =
            UsersApiServerExtension.standard().throttledBy(ThrottleSettings.OFF);

    private static final long DEFAULT_SEED = 20_240_611L;
    /** A few client threads: the machine running the suite may have only two cores, shared with the server. */
    private static final int THREADS = 3;

    @Test
    void everyHostileRequestIsAnsweredAsTheContractSays() throws Exception {
        long seed = Long.getLong("hostile.seed", DEFAULT_SEED);
        System.out.println("[hostile] seed " + seed + " (repeat with -Dhostile.seed=" + seed + ")");
        SuiteUsers users = new SuiteUsers();
        users.seed(server);
        Secrets secrets = new Secrets(server.writerSecret(), server.readerSecret());
        URI base = server.baseUri();
        List<HostileRequest> requests = new RequestGenerator(seed, secrets, base.getAuthority(), users).generate();

        Findings findings = new Findings();
        ContractOracle oracle = new ContractOracle(
                RouteTable.fromContract(UsersApiServerExtension.CONTRACT),
                new ContractValidation(UsersApiServerExtension.CONTRACT),
                secrets,
                findings);
        RawClient client = new RawClient(new InetSocketAddress(base.getHost(), base.getPort()));
        Tally tally = new Tally();
        LogCapture log = new LogCapture(findings);

        long started = System.nanoTime();
        log.begin();
        try {
            send(requests, seed, client, oracle, secrets, tally, findings);
            AfterRunChecks after = new AfterRunChecks(server, client, secrets, findings);
            after.guardedUsersStayBlocked(users, requests);
            after.metricLabelsStayBounded();
        } finally {
            log.end();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        System.out.printf(
                "[hostile] %d requests on %d connections in %d s; slowest exchange %d ms; %d log lines (%d warnings)%n",
                tally.requests(), requests.size(), seconds, tally.slowestMillis(), log.lines(), log.warnings());
        System.out.print(tally.table());
        assertTrue(tally.requests() >= RequestGenerator.MINIMUM, "only " + tally.requests() + " requests were sent");
        assertTrue(findings.isEmpty(), () -> "seed " + seed + ": " + findings.summary());
    }

    private static void send(
            List<HostileRequest> requests,
            long seed,
            RawClient client,
            ContractOracle oracle,
            Secrets secrets,
            Tally tally,
            Findings findings)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                HostileRequest request = requests.get(i);
                Random pacing = new Random(seed ^ i);
                sent.add(pool.submit(() -> {
                    List<RequestFacts> facts = request.parts().stream()
                            .map(p -> RequestFacts.of(p.bytes(), secrets))
                            .toList();
                    try {
                        Exchange exchange = client.exchange(request, facts, pacing);
                        oracle.judge(request, facts, exchange);
                        tally.count(
                                request.kind(),
                                request.parts().size(),
                                outcome(exchange),
                                request.delivery() == HostileRequest.Delivery.WHOLE ? exchange.millis() : 0);
                    } catch (Exception failed) {
                        findings.add(
                                request.kind(),
                                "client could not connect or send: "
                                        + failed.getClass().getSimpleName(),
                                secrets.masked(request.bytes(), 300) + " :: " + failed.getMessage());
                        tally.count(request.kind(), request.parts().size(), "error", 0);
                    }
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String outcome(Exchange exchange) {
        if (exchange.responses().isEmpty()) {
            return exchange.timedOut() ? "hang" : "none";
        }
        StringBuilder statuses = new StringBuilder();
        for (RawResponse response : exchange.responses()) {
            statuses.append(statuses.length() == 0 ? "" : "+").append(response.status());
        }
        return statuses.toString();
    }
}
