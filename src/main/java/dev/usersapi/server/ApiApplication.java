package dev.usersapi.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import dev.usersapi.contract.RenderedUserPageWriter;
import dev.usersapi.contract.RenderedUserWriter;
import dev.usersapi.contract.UserDocuments;
import dev.usersapi.http.AcceptQualityFilter;
import dev.usersapi.http.EnglishValidationMessages;
import dev.usersapi.http.OptionsRefusalFilter;
import dev.usersapi.http.PaginationHeaderFilter;
import dev.usersapi.http.RequestIdFilter;
import dev.usersapi.http.RequestScopeCleanup;
import dev.usersapi.http.SuccessMediaTypeFilter;
import dev.usersapi.http.UserIdParameterCheck;
import dev.usersapi.http.auth.ApiKey;
import dev.usersapi.http.auth.ApiKeyAuthenticationFilter;
import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.http.auth.OperationScopes;
import dev.usersapi.http.auth.ScopeAuthorization;
import dev.usersapi.http.observability.AccessLogFilter;
import dev.usersapi.http.observability.RequestMetricsFilter;
import dev.usersapi.http.throttling.RequestThrottles;
import dev.usersapi.http.throttling.ThrottleSettings;
import dev.usersapi.problems.ApiProblemExceptionMapper;
import dev.usersapi.problems.ConstraintViolationExceptionMapper;
import dev.usersapi.problems.EmptyErrorBodyFilter;
import dev.usersapi.problems.HeaderValueExceptionMapper;
import dev.usersapi.problems.InvalidQueryExceptionMapper;
import dev.usersapi.problems.JsonBodyExceptionMapper;
import dev.usersapi.problems.QueryParameterExceptionMapper;
import dev.usersapi.problems.StoreUnavailableExceptionMapper;
import dev.usersapi.problems.UnexpectedExceptionMapper;
import dev.usersapi.problems.WebApplicationExceptionMapper;
import dev.usersapi.repository.UserAccounts;
import dev.usersapi.resources.ApiDocsResource;
import dev.usersapi.resources.HealthResource;
import dev.usersapi.resources.LogsResource;
import dev.usersapi.resources.MetricsResource;
import dev.usersapi.resources.UsersResource;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.validation.ValidationFeature;

/** Every resource and provider of the application, registered explicitly in one place. */
final class ApiApplication {

    private ApiApplication() {}

    static ResourceConfig create(
            UserAccounts repository,
            ApiKeyRegistry keys,
            ObjectMapper mapper,
            Clock clock,
            PrometheusMeterRegistry metrics,
            boolean metricsNeedKey,
            ThrottleSettings throttle) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("users-api-server");
        // Nothing joins the application by class-path scanning: what is here is all there is.
        config.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Problem bodies are written by our mappers; keep Jersey from swapping in its error pages.
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);

        ResourceInstances resources = new ResourceInstances();
        resources.add(UsersResource.class, new UsersResource(repository, new UserDocuments(mapper), clock, metrics));
        resources.add(LogsResource.class, new LogsResource(repository, clock));
        resources.add(HealthResource.class, new HealthResource(repository));
        resources.add(MetricsResource.class, new MetricsResource(metrics));
        resources.add(ApiDocsResource.class, new ApiDocsResource());
        resources.registerIn(config);

        config.register(new JacksonJsonProvider(mapper));
        config.register(RenderedUserWriter.class);
        config.register(RenderedUserPageWriter.class);
        config.register(PaginationHeaderFilter.Binding.class);
        config.register(ValidationFeature.class);
        config.register(EnglishValidationMessages.class);
        config.register(UserIdParameterCheck.class);

        config.register(RequestIdFilter.class);
        config.register(new ApiKeyAuthenticationFilter(
                keys,
                metricsNeedKey,
                RequestThrottles.of(
                        throttle, keys.keys().stream().map(ApiKey::id).toList())));
        config.register(new ScopeAuthorization(OperationScopes.fromContract()));
        config.register(SuccessMediaTypeFilter.class);
        config.register(new RequestMetricsFilter(metrics));
        config.register(AccessLogFilter.class);
        config.register(RequestScopeCleanup.class);
        // Where Jersey's own handling of HTTP would step outside the contract.
        config.register(OptionsRefusalFilter.class);
        config.register(AcceptQualityFilter.class);
        config.register(EmptyErrorBodyFilter.class);

        config.register(ApiProblemExceptionMapper.class);
        config.register(WebApplicationExceptionMapper.class);
        config.register(ConstraintViolationExceptionMapper.class);
        config.register(QueryParameterExceptionMapper.class);
        config.register(InvalidQueryExceptionMapper.class);
        config.register(JsonBodyExceptionMapper.class);
        config.register(HeaderValueExceptionMapper.class);
        config.register(StoreUnavailableExceptionMapper.class);
        config.register(UnexpectedExceptionMapper.class);
        return config;
    }
}
