package dev.usersapi.http;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class CurrentRequestTest {

    private final ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> null);

    @Test
    void aThreadServesTheRequestItBeganUntilItEnds() {
        CurrentRequest.begin(request);
        try {
            assertSame(request, CurrentRequest.get());
        } finally {
            CurrentRequest.end();
        }
        assertThrows(IllegalStateException.class, CurrentRequest::get);
    }

    @Test
    void anotherThreadDoesNotSeeIt() throws InterruptedException {
        CurrentRequest.begin(request);
        try {
            Throwable[] seen = new Throwable[1];
            Thread other = new Thread(() -> seen[0] = assertThrows(IllegalStateException.class, CurrentRequest::get));
            other.start();
            other.join();
            assertSame(IllegalStateException.class, seen[0].getClass());
        } finally {
            CurrentRequest.end();
        }
    }
}
