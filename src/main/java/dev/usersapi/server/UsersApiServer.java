package dev.usersapi.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.repository.UserRepository;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** The running HTTP server: Jersey on Grizzly, from start to graceful stop. */
public final class UsersApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UsersApiServer.class);

    private final HttpServer httpServer;
    private final ServerSettings settings;
    private final URI baseUri;

    private UsersApiServer(HttpServer httpServer, ServerSettings settings, URI baseUri) {
        this.httpServer = httpServer;
        this.settings = settings;
        this.baseUri = baseUri;
    }

    public static UsersApiServer start(
            ServerSettings settings, UserRepository repository, ApiKeyRegistry keys, ObjectMapper mapper, Clock clock)
            throws IOException {
        routeJavaUtilLoggingToSlf4j();
        PrometheusMeterRegistry metrics = ServerMetrics.createRegistry();
        repository.bindMetrics(metrics);
        ResourceConfig application =
                ApiApplication.create(repository, keys, mapper, clock, metrics, settings.metricsNeedKey());
        URI bindUri = URI.create("http://" + hostForUri(settings.host()) + ":" + settings.port() + "/");
        HttpServer httpServer = GrizzlyHttpServerFactory.createHttpServer(bindUri, application, false);
        httpServer.getServerConfiguration().setName("users-api-server");
        httpServer.getServerConfiguration().setDefaultErrorPageGenerator(new ProblemErrorPageGenerator());
        for (NetworkListener listener : httpServer.getListeners()) {
            listener.registerAddOn(new HttpCodecFixes());
        }
        httpServer.start();
        int port = httpServer.getListeners().iterator().next().getPort();
        URI baseUri = URI.create("http://" + hostForUri(settings.host()) + ":" + port);
        return new UsersApiServer(httpServer, settings, baseUri);
    }

    /** The URI clients reach the server at, with the port actually bound. */
    public URI baseUri() {
        return baseUri;
    }

    /** Stops accepting connections, lets requests in flight finish within the grace period, then stops. */
    @Override
    public void close() {
        long graceMillis = settings.shutdownGrace().toMillis();
        try {
            httpServer.shutdown(graceMillis, TimeUnit.MILLISECONDS).get(graceMillis + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            httpServer.shutdownNow();
        } catch (ExecutionException | TimeoutException failed) {
            LOG.warn("Graceful shutdown did not complete; stopping now", failed);
            httpServer.shutdownNow();
        }
    }

    /** Grizzly and Jersey log through java.util.logging; send it where the rest of the logs go. */
    private static void routeJavaUtilLoggingToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
