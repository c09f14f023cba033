package dev.usersapi.contract;

import static dev.usersapi.contract.InvalidQueryException.quote;

import java.util.function.Function;

/**
 * A listing's {@code sort} split into its field name and direction, in the form every listing
 * shares with the provider's own API: {@code field:1} for ascending, {@code field:-1} for
 * descending. Which names are fields, and what no sort means, is each listing's own; so is the
 * sentence a rejection ends with, which says what the listing accepts.
 */
final class SortParameter {

    private final String written;
    private final String fieldName;
    private final String direction;
    private final Function<String, InvalidQueryException> refusal;

    private SortParameter(
            String written, String fieldName, String direction, Function<String, InvalidQueryException> refusal) {
        this.written = written;
        this.fieldName = fieldName;
        this.direction = direction;
        this.refusal = refusal;
    }

    /**
     * Splits a sort at its last colon.
     *
     * @param sort the query parameter, neither null nor empty
     * @param refusal the listing's rejection of the parameter, given what is wrong with it
     * @throws InvalidQueryException from {@code refusal}, when there is no colon
     */
    static SortParameter split(String sort, Function<String, InvalidQueryException> refusal) {
        int colon = sort.lastIndexOf(':');
        if (colon < 0) {
            throw refusal.apply(
                    "sort is written <field>:1 (ascending) or <field>:-1 (descending); found " + quote(sort));
        }
        return new SortParameter(sort, sort.substring(0, colon), sort.substring(colon + 1), refusal);
    }

    /** The text before the colon, which may name no field at all. */
    String fieldName() {
        return fieldName;
    }

    /**
     * Whether the direction after the colon is descending. Listings ask after they have looked up
     * the field, so that a sort wrong in both is refused for its field first.
     *
     * @throws InvalidQueryException from the refusal, when the direction is neither 1 nor -1
     */
    boolean descending() {
        if (direction.equals("1")) {
            return false;
        }
        if (direction.equals("-1")) {
            return true;
        }
        throw refusal("the direction after the colon is 1 (ascending) or -1 (descending)");
    }

    /** The listing's rejection of this sort for the given problem, quoting the sort as written. */
    InvalidQueryException refusal(String problem) {
        return refusal.apply(problem + "; found " + quote(written));
    }
}
