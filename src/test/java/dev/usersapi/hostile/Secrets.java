package dev.usersapi.hostile;

/** The valid API keys of the server under test, to build requests with and to mask in reports. */
record Secrets(String writer, String reader) {

    /** The bytes escaped, with the secrets replaced by placeholders so reports are stable from run to run. */
    String masked(byte[] bytes, int limit) {
        // The generator also sends the writer key less its last character, as a wrong key.
        return Escapes.of(bytes, 0, bytes.length, limit)
                .replace(writer, "{writer-key}")
                .replace(reader, "{reader-key}")
                .replace(writer.substring(0, writer.length() - 1), "{writer-key-less-last-char}");
    }
}
