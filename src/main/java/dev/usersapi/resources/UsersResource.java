package dev.usersapi.resources;

import dev.usersapi.contract.BlockedIps;
import dev.usersapi.contract.EntityTags;
import dev.usersapi.contract.IpLockoutSortSyntax;
import dev.usersapi.contract.PageOfItems;
import dev.usersapi.contract.RenderedUserPage;
import dev.usersapi.contract.UnblockIpAddress;
import dev.usersapi.contract.UserDocuments;
import dev.usersapi.contract.UserFilterSyntax;
import dev.usersapi.contract.UserSortSyntax;
import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.IpUnblockOutcome;
import dev.usersapi.domain.IpUnblockRequest;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.domain.ip.IpLockoutPage;
import dev.usersapi.domain.listing.UserPage;
import dev.usersapi.domain.listing.UserQuery;
import dev.usersapi.generated.api.UsersApi;
import dev.usersapi.generated.model.BlockedIp;
import dev.usersapi.generated.model.UnblockIpRequest;
import dev.usersapi.generated.model.User;
import dev.usersapi.http.CurrentRequest;
import dev.usersapi.http.RequestFacts;
import dev.usersapi.http.RequestOrigins;
import dev.usersapi.http.auth.ApiKeyPrincipal;
import dev.usersapi.problems.ApiProblemException;
import dev.usersapi.problems.ProblemType;
import dev.usersapi.repository.UserAccounts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ContainerRequest;

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

    /**
     * {@code If-Match} is read as Jersey parses it (entity tags, {@code *}, weak tags), which also
     * answers a malformed field with 400; the raw value the interface passes is not needed.
     */
    @Override
    public User unblockUser(String userId, String ifMatch) {
        ContainerRequestContext call = CurrentRequest.get();
        UnblockRequest unblock = new UnblockRequest(
                userId,
                clock.instant().getEpochSecond(),
                ApiKeyPrincipal.keyIdOf(call.getSecurityContext()),
                RequestFacts.idOf(call),
                EntityTags.versionsAdmittedBy(((ContainerRequest) call).getIfMatch()),
                RequestOrigins.of(call));
        UnblockOutcome outcome = repository.unblock(unblock).orElseThrow(() -> notFound(userId));
        if (outcome.refused()) {
            throw changedSinceSeen(outcome.account());
        }
        counterOf(outcome).increment();
        return documents.toRepresentation(outcome.account());
    }

    /** Page and size were checked against their bounds by the generated constraints. */
    @Override
    public List<BlockedIp> listBlockedIps(String userId, Integer page, Integer size, String sort) {
        IpLockoutPage found = repository
                .ipLockouts(userId, IpLockoutSortSyntax.parse(sort), (long) (page - 1) * size, size)
                .orElseThrow(() -> notFound(userId));
        return new PageOfItems<>(
                found.records().stream().map(BlockedIps::toRepresentation).toList(), found.totalCount(), size, page);
    }

    /** The body was checked for presence and length by the generated constraints; the address is read here. */
    @Override
    public User unblockIp(String userId, UnblockIpRequest body) {
        String ip = UnblockIpAddress.parse(body.getIpAddress()).orElse(null);
        ContainerRequestContext call = CurrentRequest.get();
        IpUnblockRequest unblock = new IpUnblockRequest(
                userId,
                ip,
                clock.instant().getEpochSecond(),
                ApiKeyPrincipal.keyIdOf(call.getSecurityContext()),
                RequestFacts.idOf(call),
                RequestOrigins.of(call));
        IpUnblockOutcome outcome = repository.unblockIp(unblock).orElseThrow(() -> notFound(userId));
        return documents.toRepresentation(outcome.account());
    }

    /** The 412 of an If-Match the user no longer matches, with the ETag it has now. */
    private static ApiProblemException changedSinceSeen(UserAccount account) {
        String now = EntityTags.of(account.version());
        return new ApiProblemException(
                ProblemType.PRECONDITION_FAILED,
                "The user '" + account.userId() + "' has changed since the version in If-Match; it is now " + now
                        + ". Read the user again, and unblock with that ETag if it should still be unblocked.",
                Map.of(HttpHeaders.ETAG, now));
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
