package dev.usersapi.http.auth;

/** The scopes an API key can hold. Each operation names the one it needs in the contract. */
public final class Scopes {

    public static final String USERS_READ = "users:read";
    public static final String USERS_WRITE = "users:write";
    public static final String LOGS_READ = "logs:read";

    private Scopes() {}
}
