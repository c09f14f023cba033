package dev.usersapi.http;

import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.generated.api.UsersApi;
import dev.usersapi.generated.model.User;
import dev.usersapi.repository.UserRepository;
import java.time.Clock;

/** The users operations of the contract, on top of a {@link UserRepository}. */
public final class UsersApiImpl implements UsersApi {

    private final UserRepository repository;
    private final UserDocuments documents;
    private final Clock clock;

    public UsersApiImpl(UserRepository repository, UserDocuments documents, Clock clock) {
        this.repository = repository;
        this.documents = documents;
        this.clock = clock;
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
        UserAccount account = repository.unblock(request).orElseThrow(() -> notFound(userId)).account();
        return documents.toRepresentation(account);
    }

    private static ApiProblemException notFound(String userId) {
        return new ApiProblemException(ProblemType.NOT_FOUND, "No user has the ID '" + userId + "'.");
    }
}
