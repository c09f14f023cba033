package dev.usersapi.contract;

import dev.usersapi.generated.api.UsersApi;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Optional;

/**
 * The contract's rule for user ids, taken from the constraints generated onto the API interface,
 * for checking ids that arrive outside an HTTP request (seed and import files).
 */
public final class UserIdRule {

    private static final UserIdRule INSTANCE = fromGeneratedApi();

    private final java.util.regex.Pattern pattern;
    private final int minLength;
    private final int maxLength;

    private UserIdRule(java.util.regex.Pattern pattern, int minLength, int maxLength) {
        this.pattern = pattern;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    public static UserIdRule get() {
        return INSTANCE;
    }

    /** What is wrong with the id, or empty when it follows the rule. */
    public Optional<String> problemWith(String userId) {
        if (userId == null) {
            return Optional.of("user_id is missing");
        }
        if (userId.length() < minLength || userId.length() > maxLength) {
            return Optional.of("user_id must have " + minLength + " to " + maxLength + " characters");
        }
        if (!pattern.matcher(userId).matches()) {
            return Optional.of("user_id must match \"" + pattern.pattern() + "\"");
        }
        return Optional.empty();
    }

    /**
     * Whether this rule is all the parameter's constraints: its pattern (without flags) and its
     * size, and no other Bean Validation constraint.
     */
    public boolean isExactlyOn(Parameter parameter) {
        Size size = parameter.getAnnotation(Size.class);
        Pattern regex = parameter.getAnnotation(Pattern.class);
        if (size == null || regex == null || regex.flags().length != 0) {
            return false;
        }
        boolean sameRule = size.min() == minLength
                && size.max() == maxLength
                && regex.regexp().equals(pattern.pattern());
        long constraints = Arrays.stream(parameter.getAnnotations())
                .filter(annotation -> annotation instanceof Valid
                        || annotation.annotationType().isAnnotationPresent(Constraint.class))
                .count();
        return sameRule && constraints == 2;
    }

    private static UserIdRule fromGeneratedApi() {
        try {
            Parameter userId = UsersApi.class.getMethod("getUser", String.class).getParameters()[0];
            Size size = userId.getAnnotation(Size.class);
            Pattern pattern = userId.getAnnotation(Pattern.class);
            return new UserIdRule(java.util.regex.Pattern.compile(pattern.regexp()), size.min(), size.max());
        } catch (NoSuchMethodException | NullPointerException changedContract) {
            throw new IllegalStateException(
                    "the generated getUser operation no longer carries the user_id rule", changedContract);
        }
    }
}
