package dev.usersapi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.generated.api.UsersApi;
import java.lang.reflect.Method;
import java.util.Set;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.model.MethodHandler;
import org.glassfish.jersey.server.spi.ValidationInterceptorContext;
import org.junit.jupiter.api.Test;

class UserIdParameterCheckTest {

    private final UserIdParameterCheck check = new UserIdParameterCheck();

    @Test
    void bothUserOperationsAreCheckedDirectly() throws NoSuchMethodException {
        assertEquals(
                Set.of(
                        UsersApi.class.getMethod("getUser", String.class),
                        UsersApi.class.getMethod("unblockUser", String.class, String.class)),
                check.operationsCheckedDirectly());
    }

    @Test
    void aValidIdNeedsNoBeanValidation() throws NoSuchMethodException {
        assertFalse(validates(UsersApi.class.getMethod("unblockUser", String.class, String.class), "u00001"));
        assertFalse(validates(UsersApi.class.getMethod("getUser", String.class), "a.b|c@d:e+f-g_h"));
    }

    @Test
    void anIdThatBreaksTheRuleGoesToBeanValidation() throws NoSuchMethodException {
        Method unblock = UsersApi.class.getMethod("unblockUser", String.class, String.class);
        assertTrue(validates(unblock, "has space"));
        assertTrue(validates(unblock, "x".repeat(129)));
        assertTrue(validates(unblock, ""));
    }

    @Test
    void otherOperationsGoToBeanValidation() throws NoSuchMethodException {
        assertTrue(validates(Object.class.getMethod("equals", Object.class), "u00001"));
    }

    /** Whether the check handed the call on to Bean Validation. */
    private boolean validates(Method operation, String argument) {
        boolean[] proceeded = {false};
        Invocable invocable = Invocable.create(MethodHandler.create(new Object()), operation);
        check.onValidate(new ValidationInterceptorContext() {
            @Override
            public Object getResource() {
                return null;
            }

            @Override
            public void setResource(Object resource) {}

            @Override
            public Invocable getInvocable() {
                return invocable;
            }

            @Override
            public Object[] getArgs() {
                return new Object[] {argument};
            }

            @Override
            public void setArgs(Object[] args) {}

            @Override
            public void proceed() {
                proceeded[0] = true;
            }
        });
        return proceeded[0];
    }
}
