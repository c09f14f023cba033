package dev.usersapi.domain.ip;

import java.util.List;

/** One page of a user's IP lockouts, and how many the user has in all. */
public record IpLockoutPage(List<IpLockout> records, long totalCount) {

    public IpLockoutPage {
        records = List.copyOf(records);
    }
}
