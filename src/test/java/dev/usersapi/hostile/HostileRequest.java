package dev.usersapi.hostile;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;

/**
 * What one connection sends: one or more requests back to back in a single write (pipelined, or
 * an ambiguous request with a second one hidden behind it), how the bytes are delivered, and what
 * the generator knows the answer must be.
 *
 * @param kind the class of input, by which failures are grouped
 * @param parts the requests in the order they are sent
 * @param delivery how the bytes are written
 * @param smuggling whether the first part is ambiguous and the second must never be answered
 */
record HostileRequest(String kind, List<Part> parts, Delivery delivery, boolean smuggling) {

    /**
     * One request as sent.
     *
     * @param bytes its bytes
     * @param expected the statuses the contract leaves for it when the generator built it with a
     *                 known defect (a refusal, say); null when the status follows from its route alone
     */
    record Part(byte[] bytes, Set<Integer> expected) {}

    enum Delivery {
        /** One write. */
        WHOLE,
        /** Small pieces with short pauses, as a slow client or a congested link delivers them. */
        PIECES,
        /** One byte at a time. */
        BYTES
    }

    static HostileRequest single(String kind, byte[] bytes, Set<Integer> expected) {
        return new HostileRequest(kind, List.of(new Part(bytes, expected)), Delivery.WHOLE, false);
    }

    HostileRequest delivered(Delivery how) {
        return new HostileRequest(kind, parts, how, smuggling);
    }

    byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Part part : parts) {
            all.writeBytes(part.bytes());
        }
        return all.toByteArray();
    }
}
