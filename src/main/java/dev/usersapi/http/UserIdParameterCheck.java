package dev.usersapi.http;

import dev.usersapi.contract.UserIdRule;
import dev.usersapi.generated.api.UsersApi;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.ValidationException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.spi.ValidationInterceptor;
import org.glassfish.jersey.server.spi.ValidationInterceptorContext;

/**
 * Spares Bean Validation the calls whose only constrained parameter is a user id that follows the
 * id rule.
 * For those operations the rule is the only constraint there is, so a valid id cannot give a
 * violation, and checking it directly costs a fraction of a Bean Validation call (which was about
 * a twentieth of the server's CPU time on the unblock path). Every other call, and every call with
 * an id that breaks the rule, goes on to Bean Validation as before, so a 422 is worded exactly as
 * it was.
 *
 * <p>Which operations qualify is read from the generated interface at start-up: those whose first
 * parameter carries exactly the id rule's constraints ({@link UserIdRule#isExactlyOn}) and whose
 * other parameters (such as the unblock's {@code If-Match}) carry none. A change of the contract
 * that adds a constraint to such an operation takes it off the fast path.
 */
public final class UserIdParameterCheck implements ValidationInterceptor {

    private final UserIdRule rule = UserIdRule.get();
    private final Set<Method> onlyUserId = Arrays.stream(UsersApi.class.getMethods())
            .filter(method -> method.getParameterCount() >= 1
                    && rule.isExactlyOn(method.getParameters()[0])
                    && Arrays.stream(method.getParameters()).skip(1).noneMatch(UserIdParameterCheck::isConstrained))
            .collect(Collectors.toUnmodifiableSet());

    private static boolean isConstrained(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations())
                .anyMatch(annotation -> annotation instanceof Valid
                        || annotation.annotationType().isAnnotationPresent(Constraint.class));
    }

    @Override
    public void onValidate(ValidationInterceptorContext context) throws ValidationException {
        if (onlyUserId.contains(context.getInvocable().getDefinitionMethod())
                && context.getArgs()[0] instanceof String id
                && rule.problemWith(id).isEmpty()) {
            return;
        }
        context.proceed();
    }

    /** The operations this check can decide alone; for tests. */
    Set<Method> operationsCheckedDirectly() {
        return onlyUserId;
    }
}
