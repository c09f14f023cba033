package dev.usersapi.hostile;

import dev.usersapi.domain.UserAccount;
import dev.usersapi.support.TestUsers;
import dev.usersapi.support.UsersApiServerExtension;
import java.util.ArrayList;
import java.util.List;

/**
 * The users the suite's requests name, seeded with fixed ids so that a run is reproducible from
 * its seed: guarded users, blocked, that only a request with the writer key in a header may
 * unblock, and no request of the suite carries it for them; open users, blocked too, that valid
 * requests unblock; and users with every character the id rule allows.
 */
final class SuiteUsers {

    static final int GUARDED = 64;
    static final int OPEN = 200;
    /** Ids with each character the contract allows besides letters and digits, and the longest id. */
    static final List<String> SPECIAL = List.of(
            "google-oauth2|1001",
            "a.b@c:d+e_f-g",
            "x|y@z",
            "UOtBaOybB6dTpIJNrnkRw",
            "u.-_",
            "...",
            "+",
            "@",
            ":",
            "|",
            "a".repeat(128));

    private final List<String> guarded = new ArrayList<>();
    private final List<String> open = new ArrayList<>();

    SuiteUsers() {
        for (int i = 0; i < GUARDED; i++) {
            guarded.add(String.format("guard-%02d", i));
        }
        for (int i = 0; i < OPEN; i++) {
            open.add(String.format("open-%03d", i));
        }
    }

    void seed(UsersApiServerExtension server) {
        for (String id : existing()) {
            server.store(blocked(id));
        }
    }

    private static UserAccount blocked(String id) {
        return TestUsers.userWithId(id).blockedUntil(TestUsers.FAR_FUTURE, 5).build();
    }

    List<String> guarded() {
        return guarded;
    }

    List<String> open() {
        return open;
    }

    /** Every id the server has, for reads. */
    List<String> existing() {
        List<String> all = new ArrayList<>(guarded);
        all.addAll(open);
        all.addAll(SPECIAL);
        return all;
    }
}
