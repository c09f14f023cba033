package dev.usersapi.contract;

import static dev.usersapi.contract.InvalidQueryException.quote;

import dev.usersapi.domain.listing.UserField;
import dev.usersapi.domain.listing.UserSort;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads the {@code sort} of a user listing, written as the provider's own API writes it: a field
 * and a direction, {@code failure_count:1} for ascending and {@code failure_count:-1} for
 * descending.
 */
public final class UserSortSyntax {

    private static final String SORTABLE_FIELDS = Arrays.stream(UserField.values())
            .filter(UserField::isSortable)
            .map(UserField::wireName)
            .collect(Collectors.joining(", "));

    private UserSortSyntax() {}

    /**
     * The order that the parameter asks for, or {@link UserSort#DEFAULT} without one. An empty
     * parameter ({@code ?sort=}) is no sort, as an empty {@code filter} is no filter: clients that
     * build a query from a form send empty parameters.
     *
     * @param sort the query parameter as the client sent it, or null
     * @throws InvalidQueryException for parameter {@code sort}, when it is not a sortable field, a
     *     colon and 1 or -1
     */
    public static UserSort parse(String sort) {
        if (sort == null || sort.isEmpty()) {
            return UserSort.DEFAULT;
        }
        SortParameter parameter = SortParameter.split(sort, UserSortSyntax::error);
        UserField field = UserField.named(parameter.fieldName())
                .orElseThrow(() -> parameter.refusal("unknown sort field " + quote(parameter.fieldName())));
        if (!field.isSortable()) {
            throw parameter.refusal(field.wireName() + " is not sortable");
        }
        return new UserSort(field, parameter.descending());
    }

    // Every rejection lists the sortable fields, so a caller can correct the sort from the message.
    private static InvalidQueryException error(String problem) {
        return new InvalidQueryException("sort", problem + ". The sortable fields are " + SORTABLE_FIELDS + ".");
    }
}
