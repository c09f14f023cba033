package dev.usersapi.server;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;
import org.glassfish.grizzly.http.server.Response;

/**
 * Serves the requests that may wait for the database on threads of their own, away from
 * Grizzly's workers (two per core), which then only parse requests and serve those that never
 * touch the store: liveness, metrics, the docs. Reads of users and writes have a pool each, so
 * that unblocks waiting for the database's write lock never hold up reads of other users either;
 * the readiness check asks the database, so it runs with the reads.
 *
 * <p>A request that waited longer than {@link #PATIENCE} for a thread is refused as unavailable
 * when it reaches the store, without calling it ({@link QueueWaitGuard}), so that a backlog
 * drains quickly and a refusal always means that nothing was changed.
 *
 * <p>Only for a store whose calls can block ({@link dev.usersapi.repository.UserRepository#blockingCallThreads()}):
 * with the memory store every request stays on the worker that parsed it, with no hand-over.
 * Queued requests need no bound of their own: each connection has at most one request being
 * served, and every store call gives up after the store's own patience.
 */
final class StoreCallThreads extends HttpHandler implements AutoCloseable {

    /** How long a request may wait for a thread of these pools before it is refused. */
    static final Duration PATIENCE = Duration.ofSeconds(2);

    /** How long the request this thread serves waited for it, in nanoseconds; 0 on other threads. */
    private static final ThreadLocal<long[]> QUEUE_WAIT = ThreadLocal.withInitial(() -> new long[1]);

    private final HttpHandler application;
    private final ExecutorService reads;
    private final ExecutorService writes;
    private final RequestExecutorProvider routing;

    /**
     * @param application the handler that serves every request (Jersey's container)
     * @param threads how many threads each of the two pools has
     */
    StoreCallThreads(HttpHandler application, int threads) {
        super(application.getName());
        this.application = application;
        this.reads = pool("store-reads", threads);
        this.writes = pool("store-writes", threads);
        this.routing = this::executorFor;
    }

    private static ExecutorService pool(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }) {
            @Override
            public void execute(Runnable request) {
                long queued = System.nanoTime();
                super.execute(() -> {
                    long[] waited = QUEUE_WAIT.get();
                    waited[0] = System.nanoTime() - queued;
                    try {
                        request.run();
                    } finally {
                        waited[0] = 0;
                    }
                });
            }
        };
    }

    /** Whether the request the current thread serves waited longer than {@link #PATIENCE} for it. */
    static boolean waitedPastPatience() {
        return QUEUE_WAIT.get()[0] > PATIENCE.toNanos();
    }

    /** Where Grizzly runs a request: {@code null} means on the worker that parsed it. */
    private ExecutorService executorFor(Request request) {
        String path = request.getRequestURI();
        boolean store = path.startsWith("/api/") || path.equals("/health/ready");
        if (!store) {
            return null;
        }
        Method method = request.getMethod();
        return method == Method.GET || method == Method.HEAD ? reads : writes;
    }

    @Override
    public RequestExecutorProvider getRequestExecutorProvider() {
        return routing;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        application.service(request, response);
    }

    @Override
    public void start() {
        application.start();
    }

    @Override
    public void destroy() {
        application.destroy();
    }

    /** Stops the pools once the server has drained its requests. */
    @Override
    public void close() {
        reads.shutdownNow();
        writes.shutdownNow();
    }
}
