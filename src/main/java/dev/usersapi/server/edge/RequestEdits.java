package dev.usersapi.server.edge;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
 * The few changes the edge makes to a request before the codec reads it, each a range of bytes
 * replaced (or removed): empty lines before the request line, which the codec would take for part
 * of the method; a path with percent-encoded unreserved characters, spelled plainly so that every
 * part of the server sees one path; and {@code Expect: 100-continue}, which the edge has met.
 * Rare, so they cost nothing on the usual path.
 */
final class RequestEdits {

    /** Bytes {@code from} to {@code to} (counted from the request's first byte) become {@code replacement}. */
    record Edit(int from, int to, byte[] replacement) {}

    private final List<Edit> edits = new ArrayList<>(2);

    void replace(int from, int to, byte[] replacement) {
        edits.add(new Edit(from, to, replacement));
    }

    void remove(int from, int to) {
        edits.add(new Edit(from, to, null));
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    void clear() {
        edits.clear();
    }

    /**
     * The request with the edits made (if any), which were recorded in the order of the bytes they
     * change, copied into one buffer of its own.
     */
    Buffer applyTo(Buffer request, MemoryManager<?> memory) {
        int base = request.position();
        ByteArrayOutputStream edited = new ByteArrayOutputStream(request.remaining());
        int cursor = 0;
        for (Edit edit : edits) {
            copy(request, base + cursor, base + edit.from(), edited);
            if (edit.replacement() != null) {
                edited.writeBytes(edit.replacement());
            }
            cursor = edit.to();
        }
        copy(request, base + cursor, request.limit(), edited);
        return Buffers.wrap(memory, edited.toByteArray());
    }

    private static void copy(Buffer from, int start, int end, ByteArrayOutputStream to) {
        for (int i = start; i < end; i++) {
            to.write(from.get(i));
        }
    }
}
