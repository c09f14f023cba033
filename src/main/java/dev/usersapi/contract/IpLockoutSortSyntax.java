package dev.usersapi.contract;

import static dev.usersapi.contract.InvalidQueryException.quote;

import dev.usersapi.domain.ip.IpLockoutSort;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads the {@code sort} of a listing of a user's IP lockouts, in the form of the users' sort: a
 * field and a direction, {@code block_until:1} for ascending and {@code block_until:-1} for
 * descending.
 */
public final class IpLockoutSortSyntax {

    private static final String SORTABLE_FIELDS = Arrays.stream(IpLockoutSort.Field.values())
            .map(IpLockoutSort.Field::wireName)
            .collect(Collectors.joining(", "));

    private IpLockoutSortSyntax() {}

    /**
     * The order that the parameter asks for, or {@link IpLockoutSort#DEFAULT} without one; an
     * empty parameter ({@code ?sort=}) is no sort, as for the users.
     *
     * @param sort the query parameter as the client sent it, or null
     * @throws InvalidQueryException for parameter {@code sort}, when it is not one of the fields, a
     *     colon and 1 or -1
     */
    public static IpLockoutSort parse(String sort) {
        if (sort == null || sort.isEmpty()) {
            return IpLockoutSort.DEFAULT;
        }
        SortParameter parameter = SortParameter.split(sort, IpLockoutSortSyntax::error);
        IpLockoutSort.Field field = IpLockoutSort.Field.named(parameter.fieldName())
                .orElseThrow(() -> parameter.refusal("unknown sort field " + quote(parameter.fieldName())));
        return new IpLockoutSort(field, parameter.descending());
    }

    // Every rejection lists the sortable fields, so a caller can correct the sort from the message.
    private static InvalidQueryException error(String problem) {
        return new InvalidQueryException("sort", problem + ". The sortable fields are " + SORTABLE_FIELDS + ".");
    }
}
