package dev.usersapi.http;

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.generated.api.UsersApi;
import dev.usersapi.generated.model.User;
import dev.usersapi.repository.UserRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;

/** The users operations of the contract, on top of a {@link UserRepository}. */
public final class UsersApiImpl implements UsersApi {

    private final UserRepository repository;
    private final UserDocuments documents;
    private final Clock clock;
    private final Counter cleared;
    private final Counter notBlocked;

    public UsersApiImpl(UserRepository repository, UserDocuments documents, Clock clock, MeterRegistry registry) {
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
        CallContext caller = CallContext.current();
        UnblockRequest request = new UnblockRequest(
                userId, clock.instant().getEpochSecond(), caller.apiKeyId(), caller.requestId());
        UnblockOutcome outcome = repository.unblock(request).orElseThrow(() -> notFound(userId));
        (outcome.cleared() ? cleared : notBlocked).increment();
        return documents.toRepresentation(outcome.account());
    }

    private static ApiProblemException notFound(String userId) {
        return new ApiProblemException(ProblemType.NOT_FOUND, "No user has the ID '" + userId + "'.");
    }
}
