package dev.usersapi.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A group of input classes of the generator; the helpers here turn request text into {@link HostileRequest}s. */
abstract class CaseFamily {

    static final Set<Integer> BAD = Set.of(400);
    static final Set<Integer> BAD_OR_UNSUPPORTED = Set.of(400, 501);

    final Wire w;
    final List<HostileRequest> out = new ArrayList<>();

    CaseFamily(Wire wire) {
        this.w = wire;
    }

    /** Adds this family's requests to {@link #out}. */
    abstract void generate();

    /** A request on its own; expected null means "whatever its route allows". */
    void single(String kind, String text, Set<Integer> expected) {
        out.add(HostileRequest.single(kind, Escapes.latin1(text), expected));
    }

    /** An ambiguous request with a valid one behind it, in one write: one refusal, then the close, nothing else. */
    void smuggle(String kind, String ambiguous, Set<Integer> expected) {
        out.add(new HostileRequest(
                kind,
                List.of(
                        new HostileRequest.Part(Escapes.latin1(ambiguous), expected),
                        new HostileRequest.Part(Escapes.latin1(w.hidden()), null)),
                HostileRequest.Delivery.WHOLE,
                true));
    }

    /** Several requests in one write; a null expectation means "whatever the route allows". */
    void pipeline(String kind, List<String> texts, List<Set<Integer>> expected) {
        List<HostileRequest.Part> parts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            parts.add(new HostileRequest.Part(Escapes.latin1(texts.get(i)), expected.get(i)));
        }
        out.add(new HostileRequest(kind, parts, HostileRequest.Delivery.WHOLE, false));
    }
}
