package dev.usersapi.bench.anchors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * The lower anchor of the request-path benchmark: one Grizzly {@link HttpHandler}, with Grizzly's
 * default listener, worker pool and keep-alive (those the server runs on too), doing only the
 * work of the two operations: {@code POST /api/users/{id}/unblock} and {@code GET /api/users/{id}}.
 * It checks X-API-KEY as the server does (SHA-256, constant-time compare), finds the user in a
 * map, resets its lockout for an unblock, and writes the whole user with Jackson, on every request.
 * No request ids, metrics, access log, audit trail, validation or content negotiation.
 *
 * <p>Usage: {@code BareGrizzlyAnchor --port N --users FILE --api-key SECRET} (a file written by
 * {@link BenchUsers}). Prints {@code READY http://127.0.0.1:PORT/} once it listens, and runs until
 * terminated.
 */
public final class BareGrizzlyAnchor {

    private static final String PREFIX = "/api/users/";
    private static final String UNBLOCK = "/unblock";

    private BareGrizzlyAnchor() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        UnblockWork.Options options = UnblockWork.Options.parse("BareGrizzlyAnchor", args);
        ObjectMapper mapper = BenchUsers.mapper();
        UnblockWork work = UnblockWork.load(options, mapper);
        HttpServer server = new HttpServer();
        NetworkListener listener = new NetworkListener("anchor", "127.0.0.1", options.port());
        server.addListener(listener);
        server.getServerConfiguration().addHttpHandler(new Handler(work, mapper.writerFor(AnchorUser.class)), "/");
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "shutdown"));
        System.out.println("READY http://127.0.0.1:" + listener.getPort() + "/ users=" + work.userCount());
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static final class Handler extends HttpHandler {

        private final UnblockWork work;
        private final ObjectWriter writer;

        Handler(UnblockWork work, ObjectWriter writer) {
            this.work = work;
            this.writer = writer;
        }

        @Override
        public void service(Request request, Response response) throws IOException {
            String path = request.getDecodedRequestURI();
            if (!path.startsWith(PREFIX)) {
                answer(response, 404);
                return;
            }
            String rest = path.substring(PREFIX.length());
            boolean unblock = rest.endsWith(UNBLOCK);
            String userId = unblock ? rest.substring(0, rest.length() - UNBLOCK.length()) : rest;
            if (userId.isEmpty() || userId.indexOf('/') >= 0) {
                answer(response, 404);
                return;
            }
            if (!request.getMethod().equals(unblock ? Method.POST : Method.GET)) {
                answer(response, 405);
                return;
            }
            if (!work.keyMatches(request.getHeader("X-API-KEY"))) {
                answer(response, 401);
                return;
            }
            AnchorUser user = unblock ? work.unblock(userId) : work.find(userId);
            if (user == null) {
                answer(response, 404);
                return;
            }
            byte[] body = writer.writeValueAsBytes(user);
            response.setStatus(200);
            response.setContentType("application/json");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }

        private static void answer(Response response, int status) {
            response.setStatus(status);
            response.setContentLength(0);
        }
    }
}
