package dev.usersapi.http;

import jakarta.validation.MessageInterpolator;
import jakarta.ws.rs.ext.ContextResolver;
import java.util.Locale;
import org.glassfish.jersey.server.validation.ValidationConfig;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Makes validation messages English whatever the server machine's locale: they are part of the
 * API's answers, not of its operator's console.
 *
 * <p>The messages of the contract's constraints (pattern, size, not null) only put the
 * constraint's parameters in, so the interpolator that does just that is enough; the default one
 * starts an expression-language engine, which costs a cold JVM a noticeable part of its start-up.
 */
public final class EnglishValidationMessages implements ContextResolver<ValidationConfig> {

    private final ValidationConfig config;

    public EnglishValidationMessages() {
        MessageInterpolator defaults = new ParameterMessageInterpolator();
        this.config = new ValidationConfig().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return defaults.interpolate(template, context, Locale.ENGLISH);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return defaults.interpolate(template, context, Locale.ENGLISH);
            }
        });
    }

    @Override
    public ValidationConfig getContext(Class<?> type) {
        return config;
    }
}
