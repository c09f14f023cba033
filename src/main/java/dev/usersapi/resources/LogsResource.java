package dev.usersapi.resources;

import dev.usersapi.contract.LogEntries;
import dev.usersapi.contract.LogFilterSyntax;
import dev.usersapi.contract.LogSortSyntax;
import dev.usersapi.contract.PageOfItems;
import dev.usersapi.domain.logs.LogPage;
import dev.usersapi.domain.logs.LogQuery;
import dev.usersapi.generated.api.LogsApi;
import dev.usersapi.generated.model.LogEntry;
import dev.usersapi.problems.ApiProblemException;
import dev.usersapi.problems.ProblemType;
import dev.usersapi.repository.UserAccounts;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The audit log operations of the contract, on top of a {@link UserAccounts}. */
public final class LogsResource implements LogsApi {

    private final UserAccounts repository;
    private final Clock clock;

    public LogsResource(UserAccounts repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Page and size were checked against their bounds by the generated constraints; filter and
     * sort are read here, and answered 422 when outside what the contract describes.
     */
    @Override
    public List<LogEntry> listLogs(Integer page, Integer size, String sort, String filter) {
        LogQuery query = new LogQuery(
                LogFilterSyntax.parse(filter, clock.instant().getEpochSecond()),
                LogSortSyntax.parse(sort),
                (long) (page - 1) * size,
                size);
        LogPage found = repository.logs(query);
        return new PageOfItems<>(
                found.events().stream().map(LogEntries::toRepresentation).toList(), found.totalCount(), size, page);
    }

    /** The id was checked against the contract's pattern (a lower-case UUID) by the generated constraints. */
    @Override
    public LogEntry getLog(String logId) {
        return repository
                .logEntry(UUID.fromString(logId))
                .map(LogEntries::toRepresentation)
                .orElseThrow(() ->
                        new ApiProblemException(ProblemType.NOT_FOUND, "No log entry has the ID '" + logId + "'."));
    }
}
