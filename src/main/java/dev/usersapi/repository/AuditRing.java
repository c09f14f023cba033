package dev.usersapi.repository;

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.EventOrigin;
import dev.usersapi.domain.Lockout;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One user's latest audit events, in slots that are written over in place once the bound is
 * reached.
 *
 * <p>Why not a queue of {@link AuditEvent} objects: under sustained unblocks each event lives for
 * seconds (until {@code bound} newer ones push it out), long enough to be copied from one
 * young-generation survivor space to the next at every collection before it dies. With 10,000
 * users that is megabytes copied per pause, and it showed as the memory store's tail latency.
 * Here an event adds nothing to the heap but its request id, which the request made anyway, and
 * its origin's strings, which are shared ({@link SharedStrings}); the event objects are made only
 * when the trail is read. Not thread-safe: callers hold the user's lock.
 */
final class AuditRing {

    /** One event's fields, without the user id every event of the ring shares. */
    private static final class Slot {
        long idHigh;
        long idLow;
        String type;
        long epochSecond;
        Long previousBlockUntil;
        int previousFailureCount;
        AuditEvent.Outcome outcome;
        String actorKeyId;
        String requestId;
        /** The request id's hash, compared first: the retry check runs on every unblock. */
        int requestIdHash;

        String ipAddress;
        Integer ipCount;
        long processId;
        String localIp;
        String remoteIp;
        String userAgent;
    }

    /** Shared by every ring: the clients' addresses and agents are the same across users. */
    private static final SharedStrings ORIGINS = new SharedStrings();

    private final int bound;
    private final List<Slot> slots = new ArrayList<>(4);
    /** Where the oldest event is, once all {@code bound} slots are in use. */
    private int oldest;

    /** A ring that keeps at most {@code bound} events. */
    AuditRing(int bound) {
        this.bound = bound;
    }

    /** Adds an event, writing over the oldest when the ring holds {@code bound} already. */
    void add(AuditEvent event) {
        Slot slot;
        if (slots.size() < bound) {
            slot = new Slot();
            slots.add(slot);
        } else {
            slot = slots.get(oldest);
            oldest = (oldest + 1) % bound;
        }
        slot.idHigh = event.eventId().getMostSignificantBits();
        slot.idLow = event.eventId().getLeastSignificantBits();
        slot.type = event.type();
        slot.epochSecond = event.epochSecond();
        slot.previousBlockUntil = event.previousLockout().blockUntil();
        slot.previousFailureCount = event.previousLockout().failureCount();
        slot.outcome = event.outcome();
        slot.actorKeyId = event.actorKeyId();
        slot.requestId = event.requestId();
        slot.requestIdHash = event.requestId() == null ? 0 : event.requestId().hashCode();
        slot.ipAddress = event.ipAddress();
        slot.ipCount = event.ipCount();
        EventOrigin origin = event.origin();
        slot.processId = origin.processId();
        slot.localIp = ORIGINS.of(origin.localIp());
        slot.remoteIp = ORIGINS.of(origin.remoteIp());
        slot.userAgent = ORIGINS.of(origin.userAgent());
    }

    /**
     * Drops the events that happened before {@code epochSecond}, at most {@code limit} of them.
     *
     * @return how many were dropped
     */
    int dropBefore(long epochSecond, int limit) {
        List<Slot> kept = new ArrayList<>(slots.size());
        int dropped = 0;
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get((oldest + i) % slots.size());
            if (slot.epochSecond < epochSecond && dropped < limit) {
                dropped++;
            } else {
                kept.add(slot);
            }
        }
        if (dropped > 0) {
            slots.clear();
            slots.addAll(kept);
            oldest = 0;
        }
        return dropped;
    }

    /** Whether one of the events held here has this code and was recorded for the request with this id. */
    boolean holdsRequest(String id, String code) {
        int hash = id.hashCode();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (slot.requestIdHash == hash && id.equals(slot.requestId) && code.equals(slot.type)) {
                return true;
            }
        }
        return false;
    }

    /** The events of {@code userId} held here, oldest first. */
    List<AuditEvent> events(String userId) {
        List<AuditEvent> events = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            events.add(eventOf(userId, slots.get((oldest + i) % slots.size())));
        }
        return events;
    }

    private static AuditEvent eventOf(String userId, Slot slot) {
        return new AuditEvent(
                new UUID(slot.idHigh, slot.idLow),
                slot.type,
                userId,
                slot.actorKeyId,
                slot.requestId,
                slot.epochSecond,
                new Lockout(slot.previousBlockUntil, slot.previousFailureCount),
                slot.outcome,
                slot.ipAddress,
                slot.ipCount,
                new EventOrigin(slot.processId, slot.localIp, slot.remoteIp, slot.userAgent));
    }
}
