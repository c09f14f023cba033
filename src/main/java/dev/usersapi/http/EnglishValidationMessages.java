package dev.usersapi.http;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.ws.rs.ext.ContextResolver;
import java.util.Locale;
import org.glassfish.jersey.server.validation.ValidationConfig;

/**
 * Makes validation messages English whatever the server machine's locale: they are part of the
 * API's answers, not of its operator's console.
 */
public final class EnglishValidationMessages implements ContextResolver<ValidationConfig> {

    private final ValidationConfig config;

    public EnglishValidationMessages() {
        MessageInterpolator defaults = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
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
