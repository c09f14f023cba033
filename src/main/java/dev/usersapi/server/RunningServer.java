package dev.usersapi.server;

import dev.usersapi.repository.UserRepository;
import java.net.URI;

/**
 * A server {@link ServerAssembly} started, with the store it serves. Stopping it drains the HTTP
 * server, then closes the store, once; later calls wait for the first and share its outcome.
 */
public final class RunningServer implements AutoCloseable {

    private final UsersApiServer server;
    private final UserRepository repository;
    private Boolean drained;

    RunningServer(UsersApiServer server, UserRepository repository) {
        this.server = server;
        this.repository = repository;
    }

    /** The URI clients reach the server at, with the scheme and the port actually bound. */
    public URI baseUri() {
        return server.baseUri();
    }

    /** The store the server serves. */
    public UserRepository repository() {
        return repository;
    }

    /**
     * Stops gracefully (see {@link UsersApiServer#stop()}), then closes the store.
     *
     * @return whether every request in flight was answered
     */
    public synchronized boolean stop() {
        if (drained == null) {
            try {
                drained = server.stop();
            } finally {
                repository.close();
            }
        }
        return drained;
    }

    @Override
    public void close() {
        stop();
    }
}
