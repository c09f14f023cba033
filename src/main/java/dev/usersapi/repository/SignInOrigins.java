package dev.usersapi.repository;

import dev.usersapi.domain.EventOrigin;
import dev.usersapi.domain.ip.IpAddresses;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;

/**
 * What the stores need to record a sign-in: the address in its canonical spelling, and the origin
 * of the block events it may cause. A block is caused by sign-ins, not by a request of this API,
 * so its origin is this process on this host, and the address of the failed sign-in.
 */
public final class SignInOrigins {

    private SignInOrigins() {}

    /** The address in its canonical spelling; null when not known or not an IP literal. */
    public static String canonicalAddress(String ip) {
        return ip == null ? null : IpAddresses.canonical(ip).orElse(null);
    }

    /** The origin of a block set by a failed sign-in from {@code ip} (canonical, or null). */
    public static EventOrigin blockOrigin(String ip) {
        return EventOrigin.ofThisProcess(HostAddress.VALUE, ip, null);
    }

    /**
     * An IPv4 address of this host, from its network interfaces (never a name lookup, which may
     * wait on DNS): the first one that is up and not a loopback, else the loopback address.
     * Found once, when first needed.
     */
    private static final class HostAddress {
        static final String VALUE = find();

        private static String find() {
            try {
                for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    if (!face.isUp() || face.isLoopback()) {
                        continue;
                    }
                    for (InetAddress address : Collections.list(face.getInetAddresses())) {
                        if (address instanceof Inet4Address) {
                            return address.getHostAddress();
                        }
                    }
                }
            } catch (SocketException | RuntimeException unreadable) {
                // fall back to the loopback address below
            }
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
    }
}
