package dev.usersapi.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * All the suite's requests, from one seed: the same seed gives the same requests byte for byte
 * (bar the API keys, which each run makes afresh, and the port), in the same order. Classes of
 * input are mixed in the order sent, so a refusal's effect on the next connection is exercised
 * too. A few requests of every kind are sent slowly, in pieces or byte by byte.
 */
final class RequestGenerator {

    /** The least number of requests the suite sends. */
    static final int MINIMUM = 10_000;

    private static final int SLOW = 40;
    private static final int FUZZ = 2_500;

    private final Wire wire;

    RequestGenerator(long seed, Secrets secrets, String host, SuiteUsers users) {
        this.wire = new Wire(new Random(seed), secrets, host, users);
    }

    List<HostileRequest> generate() {
        List<HostileRequest> all = new ArrayList<>();
        for (CaseFamily family : List.of(
                new SemanticsCases(wire), new FramingCases(wire), new SyntaxCases(wire), new TargetCases(wire))) {
            family.generate();
            all.addAll(family.out);
        }
        int requests = all.stream().mapToInt(r -> r.parts().size()).sum();
        Mutator fuzz = new Mutator(wire, Math.max(FUZZ, MINIMUM - requests));
        fuzz.generate();
        all.addAll(fuzz.out);
        Collections.shuffle(all, wire.random);
        slowDown(all);
        return all;
    }

    /** Sends some short requests of the list slowly instead: the slow client's bytes must be read the same way. */
    private void slowDown(List<HostileRequest> all) {
        int slowed = 0;
        for (int i = 0; i < all.size() && slowed < SLOW; i += 1 + wire.random.nextInt(50)) {
            HostileRequest request = all.get(i);
            if (request.bytes().length <= 400) {
                all.set(
                        i,
                        request.delivered(
                                slowed % 2 == 0 ? HostileRequest.Delivery.BYTES : HostileRequest.Delivery.PIECES));
                slowed++;
            }
        }
    }
}
