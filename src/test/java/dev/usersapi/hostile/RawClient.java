package dev.usersapi.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends one {@link HostileRequest} over a fresh {@link Socket} and reads what comes back, for as
 * long as there may be more: until every request is answered on a connection kept open, until
 * EOF after a response that closes, or until 5 s after the last byte was written.
 */
final class RawClient {

    /** The longest any request may wait for its answer. */
    static final int ANSWER_TIMEOUT_MILLIS = 5_000;
    /**
     * How long to wait for the close after a refusal that did not say {@code Connection: close}:
     * the missing field is reported anyway, and waiting the full timeout for each would make a
     * broken server slow to test.
     */
    private static final int UNANNOUNCED_CLOSE_WAIT_MILLIS = 300;

    private static final Set<Integer> REFUSALS = ContractOracle.REFUSALS;

    private final InetSocketAddress address;

    RawClient(InetSocketAddress address) {
        this.address = address;
    }

    /**
     * @param pacing decides the piece sizes of slow deliveries, so that they are reproducible too
     */
    Exchange exchange(HostileRequest request, List<RequestFacts> facts, Random pacing) throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(address, ANSWER_TIMEOUT_MILLIS);
            String writeError = write(socket.getOutputStream(), request, pacing);
            return read(socket, request.parts().size(), facts, started, writeError);
        }
    }

    private static String write(OutputStream out, HostileRequest request, Random pacing) {
        byte[] bytes = request.bytes();
        try {
            switch (request.delivery()) {
                case WHOLE -> out.write(bytes);
                case PIECES -> {
                    for (int i = 0; i < bytes.length; ) {
                        int piece = Math.min(bytes.length - i, 1 + pacing.nextInt(24));
                        out.write(bytes, i, piece);
                        out.flush();
                        i += piece;
                        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(500 + pacing.nextInt(2_500)));
                    }
                }
                case BYTES -> {
                    for (byte b : bytes) {
                        out.write(b);
                        out.flush();
                        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200 + pacing.nextInt(800)));
                    }
                }
            }
            out.flush();
            return null;
        } catch (IOException closedEarly) {
            // A server that refuses a request early may close before the rest is written.
            return String.valueOf(closedEarly.getMessage());
        }
    }

    private static Exchange read(Socket socket, int expected, List<RequestFacts> facts, long started, String writeError)
            throws IOException {
        InputStream in = socket.getInputStream();
        byte[] data = new byte[16 * 1024];
        int length = 0;
        int parsed = 0;
        List<RawResponse> responses = new ArrayList<>();
        List<RawResponse> interim = new ArrayList<>();
        boolean eof = false;
        boolean timedOut = false;
        String ioError = null;
        String malformed = null;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ANSWER_TIMEOUT_MILLIS);
        boolean shortened = false;
        while (true) {
            while (true) {
                int index = responses.size();
                boolean head = index < facts.size() && facts.get(index).isHead();
                ResponseParser.Result result = ResponseParser.parse(data, parsed, length, head, eof);
                if (result.malformed() != null) {
                    malformed = result.malformed();
                    break;
                }
                if (!result.complete()) {
                    break;
                }
                parsed = result.end();
                if (result.response().status() < 200) {
                    interim.add(result.response());
                } else {
                    responses.add(result.response());
                }
            }
            if (eof || malformed != null) {
                break;
            }
            RawResponse last = responses.isEmpty() ? null : responses.get(responses.size() - 1);
            if (last != null && !last.closes()) {
                if (REFUSALS.contains(last.status()) && !shortened) {
                    deadline = Math.min(
                            deadline, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(UNANNOUNCED_CLOSE_WAIT_MILLIS));
                    shortened = true;
                } else if (!REFUSALS.contains(last.status()) && responses.size() >= expected) {
                    break;
                }
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                timedOut = true;
                break;
            }
            socket.setSoTimeout((int) left);
            if (length == data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            try {
                int n = in.read(data, length, data.length - length);
                if (n < 0) {
                    eof = true;
                } else {
                    length += n;
                }
            } catch (SocketTimeoutException late) {
                timedOut = true;
                break;
            } catch (IOException reset) {
                ioError = String.valueOf(reset.getMessage());
                eof = true;
            }
        }
        return new Exchange(
                responses,
                interim,
                eof,
                timedOut,
                ioError,
                writeError,
                malformed,
                Arrays.copyOfRange(data, parsed, length),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
}
