package dev.usersapi.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.http.RequestOrigins;
import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.problems.ProblemErrorPageGenerator;
import dev.usersapi.repository.UserRepository;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Transport;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.HttpServerProbe;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.ssl.SSLEngineConfigurator;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The HTTP side of a running server: Jersey on Grizzly, over HTTP or HTTPS, from start to graceful
 * stop. Started by {@link ServerAssembly}, which also opens the store.
 */
final class UsersApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UsersApiServer.class);

    /**
     * How long a draining server waits with no request in flight before it closes the keep-alive
     * connections still open. A client that got a response just before the stop began sends its
     * next request well within it, and gets it answered (with {@code Connection: close}) instead of
     * racing the close.
     */
    static final Duration IDLE_CONNECTION_QUIET = Duration.ofMillis(500);

    private final HttpServer httpServer;
    private final ServerSettings settings;
    private final URI baseUri;
    private final ConnectionDrain drain;
    /** The threads of the calls that may wait for the store, or {@code null} when none may. */
    private final StoreCallThreads storeCalls;

    private Boolean stopped;

    private UsersApiServer(
            HttpServer httpServer,
            ServerSettings settings,
            URI baseUri,
            ConnectionDrain drain,
            StoreCallThreads storeCalls) {
        this.httpServer = httpServer;
        this.settings = settings;
        this.baseUri = baseUri;
        this.drain = drain;
        this.storeCalls = storeCalls;
    }

    /**
     * Builds the HTTP application while the store is still being opened (the two make up most of
     * the start-up time and need nothing from each other), and listens once the store is open.
     *
     * @throws RuntimeException the store's own failure to open, as it was thrown
     */
    static UsersApiServer start(
            ServerSettings settings,
            CompletableFuture<? extends UserRepository> store,
            ApiKeyRegistry keys,
            ObjectMapper mapper,
            Clock clock)
            throws IOException {
        routeJavaUtilLoggingToSlf4j();
        PrometheusMeterRegistry metrics = ServerMetrics.createRegistry();
        ResourceConfig application = ApiApplication.create(
                new QueueWaitGuard(new OpeningAccounts(store)),
                keys,
                mapper,
                clock,
                metrics,
                settings.metricsNeedKey(),
                settings.throttle());
        URI bindUri = URI.create(settings.scheme() + "://" + hostForUri(settings.host()) + ":" + settings.port() + "/");
        HttpServer httpServer = settings.tls().isPresent()
                ? GrizzlyHttpServerFactory.createHttpServer(
                        bindUri, application, true, sslEngine(settings.tls().get()), false)
                : GrizzlyHttpServerFactory.createHttpServer(bindUri, application, false);
        ConnectionDrain drain = new ConnectionDrain();
        ServerConfiguration configuration = httpServer.getServerConfiguration();
        configuration.setName("users-api-server");
        configuration.setDefaultErrorPageGenerator(new ProblemErrorPageGenerator());
        configuration.getMonitoringConfig().getConnectionConfig().addProbes(drain.connectionProbe());
        configuration.getMonitoringConfig().getWebServerConfig().addProbes(drain.requestProbe());
        configuration.getMonitoringConfig().getWebServerConfig().addProbes(connectionOfEachRequest());
        for (NetworkListener listener : httpServer.getListeners()) {
            listener.registerAddOn(new HttpCodecFixes(drain));
        }
        awaitOpen(store);
        store.join().bindMetrics(metrics);
        StoreCallThreads storeCalls =
                onStoreCallThreads(configuration, store.join().blockingCallThreads());
        httpServer.start();
        ServerMetrics.bindJvmAndProcessMetrics(metrics);
        int port = httpServer.getListeners().iterator().next().getPort();
        URI baseUri = URI.create(settings.scheme() + "://" + hostForUri(settings.host()) + ":" + port);
        settings.tls().ifPresent(tls -> logCertificate(tls.certificate()));
        return new UsersApiServer(httpServer, settings, baseUri, drain, storeCalls);
    }

    /**
     * Puts each request's Grizzly request among its attributes, which Jersey shows as the
     * request's properties, for {@link RequestOrigins}.
     */
    private static HttpServerProbe connectionOfEachRequest() {
        return new HttpServerProbe.Adapter() {
            @Override
            @SuppressWarnings("rawtypes") // as Grizzly declares it
            public void onRequestReceiveEvent(HttpServerFilter filter, Connection connection, Request request) {
                request.setAttribute(RequestOrigins.ATTRIBUTE, request);
            }
        };
    }

    /**
     * Puts the application handler behind {@link StoreCallThreads} when the store's calls can
     * block; returns it, or {@code null} when they cannot.
     */
    private static StoreCallThreads onStoreCallThreads(ServerConfiguration configuration, int threads) {
        if (threads <= 0) {
            return null;
        }
        Map<HttpHandler, HttpHandlerRegistration[]> handlers = configuration.getHttpHandlersWithMapping();
        if (handlers.size() != 1) {
            throw new IllegalStateException("expected one application handler, found " + handlers.size());
        }
        Map.Entry<HttpHandler, HttpHandlerRegistration[]> application =
                handlers.entrySet().iterator().next();
        StoreCallThreads storeCalls = new StoreCallThreads(application.getKey(), threads);
        configuration.removeHttpHandler(application.getKey());
        configuration.addHttpHandler(storeCalls, application.getValue());
        return storeCalls;
    }

    /** The URI clients reach the server at, with the scheme and the port actually bound. */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * Stops gracefully, within the settings' shutdown grace: stops accepting connections at once
     * (new connections are refused), answers every request that arrives on a connection already
     * open with {@code Connection: close}, waits for the requests in flight, and closes the
     * connections left idle once no request has been in flight for {@link #IDLE_CONNECTION_QUIET}.
     * Requests still in flight when the grace runs out are cut off. Later calls return at once.
     *
     * @return whether every request in flight was answered
     */
    public synchronized boolean stop() {
        if (stopped != null) {
            return stopped;
        }
        long started = System.nanoTime();
        long deadline = started + settings.shutdownGrace().toNanos();
        boolean drained = false;
        try {
            for (NetworkListener listener : httpServer.getListeners()) {
                listener.getTransport().unbindAll();
            }
            drain.begin();
            LOG.info(
                    "Stopping: no new connections; draining {} requests on {} connections (grace {} s)",
                    drain.requestsInFlight(),
                    drain.openConnections(),
                    settings.shutdownGrace().toSeconds());
            drained = drain.awaitSettled(deadline, IDLE_CONNECTION_QUIET);
            if (drained) {
                // Grizzly's own graceful shutdown now finds nothing in flight: it waits for the last
                // responses to be written out, then closes the connections left idle. (Given a grace
                // period of its own, it would log a warning; the deadline here bounds it instead.)
                httpServer.shutdown().get(remainingNanos(deadline), TimeUnit.NANOSECONDS);
                awaitTransportsStopped(deadline);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            drained = false;
        } catch (TimeoutException late) {
            drained = false;
        } catch (ExecutionException failed) {
            LOG.warn("Graceful shutdown failed; stopping now", failed);
            drained = false;
        } finally {
            int cutOff = drain.requestsInFlight();
            httpServer.shutdownNow();
            if (storeCalls != null) {
                storeCalls.close();
            }
            if (drained) {
                LOG.info("Stopped after {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            } else {
                LOG.warn(
                        "Stopped after the shutdown grace of {} s with {} requests still in flight; they were cut off",
                        settings.shutdownGrace().toSeconds(),
                        cutOff);
            }
        }
        stopped = drained;
        return drained;
    }

    /**
     * Grizzly completes a listener's shutdown future a moment before its transport's shutdown thread
     * finishes; stopping the server in that moment interrupts the thread, which logs a warning. The
     * transport is done once it is STOPPED.
     */
    private void awaitTransportsStopped(long deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        for (NetworkListener listener : httpServer.getListeners()) {
            listener.getTransport()
                    .getState()
                    .notifyWhenStateIsEqual(Transport.State.STOPPED, null)
                    .get(remainingNanos(deadline), TimeUnit.NANOSECONDS);
        }
    }

    private static long remainingNanos(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    /** {@link #stop() Stops} gracefully. */
    @Override
    public void close() {
        stop();
    }

    private static void awaitOpen(CompletableFuture<? extends UserRepository> store) {
        try {
            store.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private static SSLEngineConfigurator sslEngine(TlsSettings tls) {
        SSLEngineConfigurator engine = new SSLEngineConfigurator(tls.sslContext(), false, false, false);
        engine.setEnabledProtocols(TlsSettings.PROTOCOLS.clone());
        engine.setEnabledCipherSuites(tls.cipherSuites());
        return engine;
    }

    private static void logCertificate(X509Certificate certificate) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        Instant now = Instant.now();
        if (certificate.getNotBefore().toInstant().isAfter(now) || notAfter.isBefore(now)) {
            LOG.warn(
                    "Serving HTTPS with a certificate that is not valid now: {} (valid {} to {})",
                    certificate.getSubjectX500Principal().getName(),
                    certificate.getNotBefore().toInstant(),
                    notAfter);
        } else {
            LOG.info(
                    "Serving HTTPS (TLS 1.2 and 1.3) as {}, certificate valid until {}",
                    certificate.getSubjectX500Principal().getName(),
                    notAfter);
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
