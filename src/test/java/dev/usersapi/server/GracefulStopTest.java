package dev.usersapi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.repository.InMemoryUserRepository;
import dev.usersapi.support.ForwardingUserRepository;
import dev.usersapi.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A stopping server refuses new connections at once, answers the requests it has and those that
 * arrive on connections already open, each with {@code Connection: close}, closes the connections
 * left idle, and stops within its grace.
 */
class GracefulStopTest {

    private static final String KEY = "stop-test-key";
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final SlowRepository repository = new SlowRepository();
    private RunningServer server;
    private String slowUser;
    private String user;

    @BeforeEach
    void start() throws IOException {
        user = store(TestUsers.user("stop").build());
        slowUser = store(TestUsers.user("slow").build());
        repository.slowUserId = slowUser;
        server = ServerAssembly.of(
                        new ServerSettings("127.0.0.1", 0, GRACE),
                        new ApiKeyRegistry(List.of(ApiKeyRegistry.developmentKey(KEY))),
                        () -> repository)
                .start();
    }

    @AfterEach
    void stop() {
        repository.release.countDown();
        server.close();
    }

    @Test
    void requestsInFlightAndOnOpenConnectionsAreAnsweredWithConnectionCloseAndNewConnectionsRefused() throws Exception {
        URI base = server.baseUri();
        try (Socket keptAlive = connect(base);
                Socket idle = connect(base);
                Socket slow = connect(base)) {
            RawResponse first = exchange(keptAlive, get(user));
            assertEquals(200, first.status());
            assertFalse(first.closesConnection(), first.head());
            assertEquals(200, exchange(idle, get(user)).status());
            send(slow, get(slowUser));
            assertTrue(repository.entered.await(10, TimeUnit.SECONDS), "the slow request never reached the store");

            long stopping = System.nanoTime();
            CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(server::stop);

            awaitRefused(base);
            RawResponse onOpenConnection = exchange(keptAlive, get(user));
            assertEquals(200, onOpenConnection.status(), onOpenConnection.head());
            assertTrue(onOpenConnection.closesConnection(), onOpenConnection.head());
            assertEquals(-1, keptAlive.getInputStream().read(), "the connection stays open after Connection: close");
            assertFalse(stopped.isDone(), "stopped with a request in flight");

            repository.release.countDown();
            RawResponse inFlight = read(slow);
            assertEquals(200, inFlight.status(), inFlight.head());
            assertTrue(inFlight.closesConnection(), inFlight.head());
            assertTrue(inFlight.body().contains(slowUser), inFlight.body());

            assertTrue(stopped.get(GRACE.toSeconds() + 5, TimeUnit.SECONDS), "stop reports requests cut off");
            assertTrue(System.nanoTime() - stopping < GRACE.toNanos(), "the stop waited out its grace");
            assertEquals(-1, idle.getInputStream().read(), "an idle keep-alive connection is left open");
        }
    }

    @Test
    void aRequestStillInFlightWhenTheGraceRunsOutIsCutOffAndReported() throws Exception {
        server.close();
        server = ServerAssembly.of(
                        new ServerSettings("127.0.0.1", 0, Duration.ofMillis(300)),
                        new ApiKeyRegistry(List.of(ApiKeyRegistry.developmentKey(KEY))),
                        () -> repository)
                .start();
        try (Socket slow = connect(server.baseUri())) {
            send(slow, get(slowUser));
            assertTrue(repository.entered.await(10, TimeUnit.SECONDS), "the slow request never reached the store");
            assertFalse(server.stop());
        }
    }

    /**
     * Grizzly completes its shutdown future a moment before its shutdown thread is done; a stop that
     * ends the server in that moment interrupts the thread and gets a warning logged. The moment is
     * short, so the test stops a server many times.
     */
    @Test
    void aCleanStopLogsNoWarning() throws Exception {
        server.close();
        Logger grizzly = (Logger) LoggerFactory.getLogger("org.glassfish.grizzly");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        grizzly.addAppender(logged);
        try {
            for (int stop = 0; stop < 40; stop++) {
                server = ServerAssembly.of(
                                new ServerSettings("127.0.0.1", 0, GRACE),
                                new ApiKeyRegistry(List.of(ApiKeyRegistry.developmentKey(KEY))),
                                () -> repository)
                        .start();
                try (Socket client = connect(server.baseUri())) {
                    assertEquals(200, exchange(client, get(user)).status());
                }
                assertTrue(server.stop(), "stop reports requests cut off");
            }
        } finally {
            grizzly.detachAppender(logged);
        }
        List<String> warnings = logged.list.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
        assertEquals(List.of(), warnings);
    }

    private static void awaitRefused(URI base) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            try (Socket stillAccepted = connect(base)) {
                assertTrue(stillAccepted.isConnected());
                Thread.sleep(10);
            } catch (IOException refused) {
                assertThrows(ConnectException.class, () -> connect(base).close());
                return;
            }
        }
        throw new AssertionError("new connections are still accepted");
    }

    private String store(UserAccount account) {
        repository.upsertAll(List.of(account));
        return account.userId();
    }

    private static String get(String userId) {
        return "GET /api/users/" + userId + " HTTP/1.1\r\nHost: localhost\r\nX-API-KEY: " + KEY + "\r\n\r\n";
    }

    private static Socket connect(URI base) throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(15_000);
        return socket;
    }

    private static RawResponse exchange(Socket socket, String request) throws IOException {
        send(socket, request);
        return read(socket);
    }

    private static void send(Socket socket, String request) throws IOException {
        socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** Reads one response framed by Content-Length. */
    private static RawResponse read(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next == -1) {
                throw new IOException("connection closed after " + head.size() + " bytes of response head");
            }
            head.write(next);
        }
        String headText = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : headText.split("\r\n", -1)) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(
                        line.substring("content-length:".length()).trim());
            }
        }
        byte[] body = in.readNBytes(length);
        assertEquals(length, body.length, "truncated body");
        return new RawResponse(
                Integer.parseInt(headText.substring(9, 12)), headText, new String(body, StandardCharsets.UTF_8));
    }

    private record RawResponse(int status, String head, String body) {
        boolean closesConnection() {
            return head.toLowerCase(Locale.ROOT).contains("\r\nconnection: close\r\n");
        }
    }

    /** The in-memory store, except that finding one user waits until the test lets it go on. */
    private static final class SlowRepository extends ForwardingUserRepository {

        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private volatile String slowUserId;

        SlowRepository() {
            super(new InMemoryUserRepository());
        }

        @Override
        public Optional<UserAccount> find(String userId) {
            if (userId.equals(slowUserId)) {
                entered.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.find(userId);
        }
    }
}
