package dev.usersapi.repository;

import dev.usersapi.domain.UserAccount;
import java.util.List;

/** Bulk loading of accounts: the seed at start-up and the {@code import} command. */
public interface UserLoader {

    /** Stores the accounts, replacing accounts with the same ids; all or none. */
    void upsertAll(List<UserAccount> accounts);

    /** Stores those of the accounts whose ids are not taken; returns how many it stored. */
    int insertAllIfAbsent(List<UserAccount> accounts);
}
