package dev.usersapi.http.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.generated.api.UsersApi;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class OperationScopesTest {

    private final OperationScopes scopes = OperationScopes.fromContract();

    @Test
    void everyGeneratedOperationHasAScopeInTheContract() {
        for (Method operation : UsersApi.class.getDeclaredMethods()) {
            assertTrue(scopes.scopeOf(operation.getName()).isPresent(), operation.getName() + " has no x-required-scope");
        }
    }

    @Test
    void readingNeedsReadAndUnblockingNeedsWrite() {
        assertEquals(Scopes.USERS_READ, scopes.scopeOf("getUser").orElseThrow());
        assertEquals(Scopes.USERS_WRITE, scopes.scopeOf("unblockUser").orElseThrow());
    }
}
