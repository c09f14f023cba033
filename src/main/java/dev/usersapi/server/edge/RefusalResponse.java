package dev.usersapi.server.edge;

import dev.usersapi.contract.RequestIds;
import dev.usersapi.problems.ProblemType;
import dev.usersapi.problems.Problems;
import dev.usersapi.problems.ProtocolErrorBodies;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of the answer to a refused request: written straight to the connection, since the
 * codec never saw the request, and always closing it, since what follows cannot be trusted.
 */
final class RefusalResponse {

    private RefusalResponse() {}

    /** @param withContent false for a HEAD request, whose answer has the headers of the problem but not the problem */
    static byte[] bytes(Refusal refusal, String requestId, boolean withContent) {
        byte[] body = ProtocolErrorBodies.problem(refusal.status(), refusal.detail(), refusal.instance(), requestId);
        String head = "HTTP/1.1 " + refusal.status() + " " + ProblemType.genericTitle(refusal.status()) + "\r\n"
                + "Content-Type: " + Problems.MEDIA_TYPE + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + RequestIds.HEADER + ": " + requestId + "\r\n"
                + "Connection: close\r\n"
                + "\r\n";
        ByteArrayOutputStream response = new ByteArrayOutputStream(head.length() + body.length);
        response.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        if (withContent) {
            response.writeBytes(body);
        }
        return response.toByteArray();
    }
}
