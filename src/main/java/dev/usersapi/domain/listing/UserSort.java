package dev.usersapi.domain.listing;

import dev.usersapi.domain.UserAccount;
import java.util.Comparator;

/**
 * The order of a listing: by one sortable field, ascending or descending, and among equal values
 * by {@code user_id} in the same direction, so that pages neither repeat nor skip a user. A user
 * without a value in the field (a {@code block_until} of null) sorts before every value when
 * ascending, after every value when descending.
 */
public record UserSort(UserField field, boolean descending) {

    /** Newest users first, unless the request says otherwise. */
    public static final UserSort DEFAULT = new UserSort(UserField.CREATION_TIME, true);

    public UserSort {
        if (!field.isSortable()) {
            throw new IllegalArgumentException(field.wireName() + " is not sortable");
        }
    }

    /** This order as a comparator of accounts: the reference meaning, which the databases express in SQL. */
    public Comparator<UserAccount> comparator() {
        Comparator<UserAccount> ascending = Comparator.comparing(
                        field::numberOf, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
                .thenComparing(UserAccount::userId);
        return descending ? ascending.reversed() : ascending;
    }
}
