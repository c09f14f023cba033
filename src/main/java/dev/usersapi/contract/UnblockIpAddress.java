package dev.usersapi.contract;

import static dev.usersapi.contract.InvalidQueryException.quote;

import dev.usersapi.domain.ip.IpAddresses;
import java.util.Optional;

/** Reads the {@code ip_address} of an IP unblock: one address, or {@code all}. */
public final class UnblockIpAddress {

    /** The value that stands for every address of the user. */
    public static final String ALL = "all";

    private UnblockIpAddress() {}

    /**
     * The address in its canonical spelling, or empty for {@code all}.
     *
     * @throws InvalidQueryException for field {@code ip_address}, when the value is neither
     */
    public static Optional<String> parse(String value) {
        if (ALL.equals(value)) {
            return Optional.empty();
        }
        return Optional.of(IpAddresses.canonical(value)
                .orElseThrow(() -> new InvalidQueryException(
                        "ip_address",
                        "must be an IPv4 address (as 203.0.113.7), an IPv6 address without a zone (as 2001:db8::7),"
                                + " or all; found " + quote(value))));
    }
}
