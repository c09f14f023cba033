package dev.usersapi.http;

import dev.usersapi.contract.RequestIds;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.slf4j.MDC;

/**
 * Takes the request's id out of the logging context, and ends the thread's {@link CurrentRequest},
 * when Jersey has finished with the request,
 * however it ended. {@link RequestIdFilter} does so on
 * the normal path already; a request that fails before its response filters run (a response that
 * cannot be written, a failing filter) would otherwise leave its id on the worker thread, and the
 * next log lines written there, of another request or of none, would carry it.
 */
public final class RequestScopeCleanup implements ApplicationEventListener {

    private static final RequestEventListener CLEAN_UP_WHEN_FINISHED = event -> {
        if (event.getType() == RequestEvent.Type.FINISHED) {
            MDC.remove(RequestIds.LOG_FIELD);
            CurrentRequest.end();
        }
    };

    @Override
    public void onEvent(ApplicationEvent event) {
        // nothing to do when the application starts or stops
    }

    @Override
    public RequestEventListener onRequest(RequestEvent requestEvent) {
        return CLEAN_UP_WHEN_FINISHED;
    }
}
