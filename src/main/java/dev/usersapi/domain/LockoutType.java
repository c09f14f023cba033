package dev.usersapi.domain;

/** What consecutive failed sign-ins lock out, as the provider's lockout policy says it ({@code lockout_type}). */
public enum LockoutType {
    /** The account: no sign-in from anywhere until the block ends (MonoCloud's {@code user_account}). */
    USER_ACCOUNT("user_account"),
    /**
     * The user from one IP address: failures are counted per address, and a block stops sign-ins
     * from that address only (MonoCloud's {@code ip}).
     */
    IP("ip");

    private final String wireName;

    LockoutType(String wireName) {
        this.wireName = wireName;
    }

    /** The name the provider's settings use. */
    public String wireName() {
        return wireName;
    }
}
