package dev.usersapi.resources;

import dev.usersapi.contract.RenderedUserPage;
import dev.usersapi.contract.UserDocuments;
import dev.usersapi.contract.UserFilterSyntax;
import dev.usersapi.contract.UserSortSyntax;
import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.domain.listing.UserPage;
import dev.usersapi.domain.listing.UserQuery;
import dev.usersapi.generated.api.UsersApi;
import dev.usersapi.generated.model.User;
import dev.usersapi.http.CurrentRequest;
import dev.usersapi.http.RequestFacts;
import dev.usersapi.http.auth.ApiKeyPrincipal;
import dev.usersapi.problems.ApiProblemException;
import dev.usersapi.problems.ProblemType;
import dev.usersapi.repository.UserAccounts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Clock;
import java.util.List;

/** The users operations of the contract, on top of a {@link UserAccounts}. */
public final class UsersResource implements UsersApi {

    private final UserAccounts repository;
    private final UserDocuments documents;
    private final Clock clock;
    private final Counter cleared;
    private final Counter notBlocked;
    private final Counter replayed;

    public UsersResource(UserAccounts repository, UserDocuments documents, Clock clock, MeterRegistry registry) {
        this.repository = repository;
        this.documents = documents;
        this.clock = clock;
        this.cleared = outcomeCounter(registry, AuditEvent.Outcome.CLEARED.code());
        this.notBlocked = outcomeCounter(registry, AuditEvent.Outcome.NOT_BLOCKED.code());
        this.replayed = outcomeCounter(registry, "replayed");
    }

    private static Counter outcomeCounter(MeterRegistry registry, String outcome) {
        return Counter.builder("users.unblock.outcomes")
                .description(
                        "Successful unblock calls, by whether they cleared a lockout or repeated an earlier request")
                .tag("outcome", outcome)
                .register(registry);
    }

    /**
     * Page and size were checked against their bounds by the generated constraints; filter and
     * sort are read here, and answered 422 when outside what the contract describes.
     */
    @Override
    public List<User> listUsers(Integer page, Integer size, String sort, String filter) {
        UserQuery query = new UserQuery(
                UserFilterSyntax.parse(filter, clock.instant().getEpochSecond()),
                UserSortSyntax.parse(sort),
                (long) (page - 1) * size,
                size);
        UserPage found = repository.list(query);
        return new RenderedUserPage(
                found.users().stream().map(documents::toRepresentation).toList(), found.totalCount(), size, page);
    }

    @Override
    public User getUser(String userId) {
        UserAccount account = repository.find(userId).orElseThrow(() -> notFound(userId));
        return documents.toRepresentation(account);
    }

    @Override
    public User unblockUser(String userId) {
        ContainerRequestContext call = CurrentRequest.get();
        UnblockRequest unblock = new UnblockRequest(
                userId,
                clock.instant().getEpochSecond(),
                ApiKeyPrincipal.keyIdOf(call.getSecurityContext()),
                RequestFacts.idOf(call));
        UnblockOutcome outcome = repository.unblock(unblock).orElseThrow(() -> notFound(userId));
        counterOf(outcome).increment();
        return documents.toRepresentation(outcome.account());
    }

    private Counter counterOf(UnblockOutcome outcome) {
        if (outcome.replayed()) {
            return replayed;
        }
        return outcome.cleared() ? cleared : notBlocked;
    }

    private static ApiProblemException notFound(String userId) {
        return new ApiProblemException(ProblemType.NOT_FOUND, "No user has the ID '" + userId + "'.");
    }
}
