package dev.usersapi.domain;

/**
 * Where an audit event came from: the server process that wrote it and the request that caused
 * it, as the audit log shows them ({@code system} and {@code request}).
 *
 * @param processId the operating system's id of the process that wrote the event; 0 for events
 *     written before it was recorded
 * @param localIp the address the request came in on, or an address of the host for an event no
 *     request caused; empty for events written before it was recorded
 * @param remoteIp the address the request (or the failed sign-in) came from, or null if not known
 * @param userAgent the request's {@code User-Agent}, at most {@value #MAX_USER_AGENT} characters,
 *     or null
 */
public record EventOrigin(long processId, String localIp, String remoteIp, String userAgent) {

    /** The most of a {@code User-Agent} kept; the rest is cut off. */
    public static final int MAX_USER_AGENT = 256;

    /** This process's id, which never changes while it runs. */
    private static final long THIS_PROCESS = ProcessHandle.current().pid();

    /** The origin of events written before origins were recorded. */
    public static final EventOrigin UNRECORDED = new EventOrigin(0, "", null, null);

    public EventOrigin {
        localIp = localIp == null ? "" : localIp;
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
    }

    /** The origin of an event this process writes for a request from {@code remoteIp}. */
    public static EventOrigin ofThisProcess(String localIp, String remoteIp, String userAgent) {
        return new EventOrigin(THIS_PROCESS, localIp, remoteIp, userAgent);
    }
}
