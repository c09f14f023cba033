package dev.usersapi.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Sends bytes no HTTP client would, over a raw socket, for tests of what the server makes of them. */
public final class RawHttp {

    /** The first response on the connection: its status, its head (status line and fields) and the rest. */
    public record Answer(int status, String head, String body) {}

    private RawHttp() {}

    /**
     * Sends the request (one byte per character) on a connection of its own and reads until the
     * server closes it, so the request should ask for {@code Connection: close} unless the server
     * closes anyway.
     */
    public static Answer exchange(URI server, String request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(received);
            String text = received.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = text.substring(0, split);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, text.substring(split + 4));
        }
    }
}
