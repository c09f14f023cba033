package dev.usersapi.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.contract.UserDocuments;
import dev.usersapi.contract.UserDocuments.InvalidUserDocumentException;
import dev.usersapi.domain.UserAccount;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Streams a JSON array of User documents (a file, or any {@link UserSource}), one user at a time,
 * so a source of any size is read in constant memory.
 */
public final class UserFileReader {

    private final ObjectMapper mapper;
    private final UserDocuments documents;

    public UserFileReader(ObjectMapper mapper) {
        this.mapper = mapper;
        this.documents = new UserDocuments(mapper);
    }

    /**
     * Hands each user of the file to {@code sink}, in file order.
     *
     * @return how many users the file held
     * @throws InvalidUserFileException naming the first invalid user and what is wrong with it
     * @throws IOException when the file cannot be read
     */
    public long read(Path file, Consumer<UserAccount> sink) throws IOException {
        return read(UserSource.file(file), sink);
    }

    /** Hands each user of the source to {@code sink}, in order; see {@link #read(Path, Consumer)}. */
    public long read(UserSource source, Consumer<UserAccount> sink) throws IOException {
        try (InputStream in = source.open();
                JsonParser parser = mapper.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidUserFileException("expected a JSON array of users");
            }
            long count = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == null) {
                    throw new InvalidUserFileException("the array of users is not closed");
                }
                count++;
                JsonNode document = parser.readValueAsTree();
                try {
                    sink.accept(documents.fromDocument(document));
                } catch (InvalidUserDocumentException invalid) {
                    throw new InvalidUserFileException("user #" + count + at(parser) + ": " + invalid.getMessage());
                }
            }
            return count;
        } catch (com.fasterxml.jackson.core.JsonProcessingException malformed) {
            throw new InvalidUserFileException(
                    "malformed JSON: " + malformed.getOriginalMessage() + at(malformed.getLocation()));
        }
    }

    private static String at(JsonParser parser) {
        return at(parser.currentLocation());
    }

    private static String at(com.fasterxml.jackson.core.JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ")";
    }

    /** A users file that is not a JSON array of valid User documents. */
    public static final class InvalidUserFileException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public InvalidUserFileException(String message) {
            super(message);
        }
    }
}
