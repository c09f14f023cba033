package dev.usersapi.resources;

import dev.usersapi.contract.UserDocuments;
import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.generated.api.UsersApi;
import dev.usersapi.generated.model.User;
import dev.usersapi.http.RequestFacts;
import dev.usersapi.http.auth.ApiKeyPrincipal;
import dev.usersapi.problems.ApiProblemException;
import dev.usersapi.problems.ProblemType;
import dev.usersapi.repository.UserRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import java.time.Clock;

/** The users operations of the contract, on top of a {@link UserRepository}. */
public final class UsersResource implements UsersApi {

    private final UserRepository repository;
    private final UserDocuments documents;
    private final Clock clock;
    private final Counter cleared;
    private final Counter notBlocked;

    /** The request being served: its caller and id go into the audit event. */
    @Context
    private Provider<ContainerRequestContext> request;

    public UsersResource(UserRepository repository, UserDocuments documents, Clock clock, MeterRegistry registry) {
        this.repository = repository;
        this.documents = documents;
        this.clock = clock;
        this.cleared = outcomeCounter(registry, AuditEvent.Outcome.CLEARED);
        this.notBlocked = outcomeCounter(registry, AuditEvent.Outcome.NOT_BLOCKED);
    }

    private static Counter outcomeCounter(MeterRegistry registry, AuditEvent.Outcome outcome) {
        return Counter.builder("users.unblock.outcomes")
                .description("Successful unblock calls, by whether they cleared a lockout")
                .tag("outcome", outcome.code())
                .register(registry);
    }

    @Override
    public User getUser(String userId) {
        UserAccount account = repository.find(userId).orElseThrow(() -> notFound(userId));
        return documents.toRepresentation(account);
    }

    @Override
    public User unblockUser(String userId) {
        ContainerRequestContext call = request.get();
        UnblockRequest unblock = new UnblockRequest(
                userId,
                clock.instant().getEpochSecond(),
                ApiKeyPrincipal.keyIdOf(call.getSecurityContext()),
                RequestFacts.idOf(call));
        UnblockOutcome outcome = repository.unblock(unblock).orElseThrow(() -> notFound(userId));
        (outcome.cleared() ? cleared : notBlocked).increment();
        return documents.toRepresentation(outcome.account());
    }

    private static ApiProblemException notFound(String userId) {
        return new ApiProblemException(ProblemType.NOT_FOUND, "No user has the ID '" + userId + "'.");
    }
}
