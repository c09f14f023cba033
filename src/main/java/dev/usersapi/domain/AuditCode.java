package dev.usersapi.domain;

import java.util.Optional;

/**
 * What an audit event records, by the code the provider's audit log gives it. The log shows each
 * with a name, a sentence, and whether it is a success of a caller or information about the
 * system.
 */
public enum AuditCode {
    USER_ACCOUNT_BLOCKED(
            "user_account_blocked", "User Account Blocked", "Failed sign-ins blocked the user account.", false),
    USER_ACCOUNT_UNBLOCKED(
            "user_account_unblocked", "User Account Unblocked", "An API key unblocked the user account.", true),
    USER_ACCOUNT_IP_BLOCKED(
            "user_account_ip_blocked",
            "User Account IP Blocked",
            "Failed sign-ins blocked the user's sign-ins from an IP address.",
            false),
    USER_ACCOUNT_IP_UNBLOCKED(
            "user_account_ip_unblocked",
            "User Account IP Unblocked",
            "An API key unblocked the user's sign-ins from an IP address.",
            true),
    /** MonoCloud's code for clearing the account's and every address's lockout at once; never written here. */
    USER_ACCOUNT_ALL_UNBLOCKED(
            "user_account_all_unblocked",
            "User Account All Unblocked",
            "The user account and all its IP addresses were unblocked.",
            true),
    USER_ACCOUNT_ALL_IP_BLOCKS_REMOVED(
            "user_account_all_ip_blocks_removed",
            "User Account All IP Blocks Removed",
            "An API key unblocked the user's sign-ins from every IP address.",
            true);

    private final String code;
    private final String displayName;
    private final String description;
    private final boolean madeByCaller;

    AuditCode(String code, String displayName, String description, boolean madeByCaller) {
        this.code = code;
        this.displayName = displayName;
        this.description = description;
        this.madeByCaller = madeByCaller;
    }

    /** The code as stored and shown. */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public String description() {
        return description;
    }

    /** Whether a caller of the API made it happen (an unblock), rather than the system (a block). */
    public boolean madeByCaller() {
        return madeByCaller;
    }

    public static Optional<AuditCode> of(String code) {
        for (AuditCode known : values()) {
            if (known.code.equals(code)) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }
}
