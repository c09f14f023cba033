package dev.usersapi.domain.listing;

import dev.usersapi.domain.UserAccount;
import java.util.List;

/**
 * One page of a listing: its users, and how many users match the query in all.
 *
 * @param users the users of the page, in the query's order
 * @param totalCount how many users match the query's conditions, on every page together
 */
public record UserPage(List<UserAccount> users, long totalCount) {

    public UserPage {
        users = List.copyOf(users);
        if (totalCount < 0) {
            throw new IllegalArgumentException("totalCount must not be negative: " + totalCount);
        }
    }
}
