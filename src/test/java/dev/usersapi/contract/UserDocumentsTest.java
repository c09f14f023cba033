package dev.usersapi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usersapi.domain.SignInHistory;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.support.TestUsers;
import org.junit.jupiter.api.Test;

/** Reading User documents in either shape, and writing the representation. */
class UserDocumentsTest {

    private static final ObjectMapper MAPPER = ApiObjectMapper.create();
    private final UserDocuments documents = new UserDocuments(MAPPER);

    @Test
    void theRepresentationIsTheDocumentReadWithTypedFieldsFirst() throws Exception {
        ObjectNode document = currentShape();
        UserAccount account = documents.fromDocument(document.deepCopy());

        JsonNode written = MAPPER.readTree(documents.toRepresentation(account).json());

        assertEquals(document, written);
    }

    @Test
    void textFromAnImportFileIsEscapedInTheRepresentation() throws Exception {
        ObjectNode document = currentShape();
        document.put("last_sign_in_attempt_ip", "\"},\"disabled\":true,\"x\":{\"\\\n");
        UserAccount account = documents.fromDocument(document.deepCopy());

        JsonNode written = MAPPER.readTree(documents.toRepresentation(account).json());

        assertEquals(document, written);
    }

    @Test
    void linkedIdentitiesAreServedUnderBothNamesWhicheverIsGiven() throws Exception {
        ObjectNode onlyExternal = currentShape();
        JsonNode identities = onlyExternal.remove("idps");
        UserAccount account = documents.fromDocument(onlyExternal);

        JsonNode written = MAPPER.readTree(documents.toRepresentation(account).json());

        assertEquals(identities, written.get("idps"));
        assertEquals(identities, written.get("external_providers"));
    }

    @Test
    void negativeSignInCountsAreRefused() {
        ObjectNode document = currentShape();
        document.put("sign_in_attempts_count", -1);

        assertThrows(UserDocuments.InvalidUserDocumentException.class, () -> documents.fromDocument(document));
    }

    /** A user document with every field of today's User. */
    private static ObjectNode currentShape() {
        UserAccount seed = TestUsers.user("shape")
                .signIns(new SignInHistory(
                        3, 1_700_000_000L, "203.0.113.9", 2, 1_699_000_000L, "2001:db8::1", 1_699_000_000L))
                .build();
        try {
            return (ObjectNode) MAPPER.readTree(
                    new UserDocuments(MAPPER).toRepresentation(seed).json());
        } catch (java.io.IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
    }
}
