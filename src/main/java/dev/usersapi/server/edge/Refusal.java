package dev.usersapi.server.edge;

/**
 * Why a request was refused at the HTTP edge: the status to answer, a detail in the server's own
 * words (never bytes of the request), and the path to name as the problem's {@code instance}.
 *
 * @param status the HTTP status of the answer
 * @param detail a fixed sentence saying what was wrong
 * @param instance the request's path when it was read and is safe to echo, else {@code /}
 */
public record Refusal(int status, String detail, String instance) {}
