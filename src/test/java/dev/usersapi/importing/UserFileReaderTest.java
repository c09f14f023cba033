package dev.usersapi.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usersapi.contract.ApiObjectMapper;
import dev.usersapi.domain.UserAccount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFileReaderTest {

    private final ObjectMapper mapper = ApiObjectMapper.create();
    private ObjectNode example;

    @TempDir
    Path dir;

    @BeforeEach
    void loadExample() throws Exception {
        example = (ObjectNode) mapper.readTree(getClass().getResourceAsStream("/seed-example-user.json"));
    }

    @Test
    void readsTheProvidersExampleWithLockoutFieldsDefaulted() throws Exception {
        List<UserAccount> read = read(mapper.createArrayNode().add(example));

        UserAccount account = read.get(0);
        assertEquals("UOtBaOybB6dTpIJNrnkRw", account.userId());
        assertTrue(account.disabled());
        assertNull(account.lockout().blockUntil());
        assertEquals(0, account.lockout().failureCount());
        ObjectNode profile = (ObjectNode) mapper.readTree(account.profileJson());
        assertTrue(profile.has("passkeys") && profile.has("private_data") && !profile.has("user_id"));
    }

    @Test
    void readsLockoutFieldsWhenGiven() throws Exception {
        example.put("block_until", 4_102_444_800L).put("failure_count", 5);

        UserAccount account = read(mapper.createArrayNode().add(example)).get(0);

        assertEquals(4_102_444_800L, account.lockout().blockUntil());
        assertEquals(5, account.lockout().failureCount());
    }

    @Test
    void rejectsAUserThatBreaksTheContractNamingItsPosition() throws Exception {
        ObjectNode second = example.deepCopy().put("user_id", "bad id");
        assertRejected(mapper.createArrayNode().add(example).add(second), "user #2");
        assertRejected(
                mapper.createArrayNode().add(example.deepCopy().put("failure_count", -1)),
                "failure_count must not be negative");
        ObjectNode missing = example.deepCopy();
        missing.remove("emails");
        assertRejected(mapper.createArrayNode().add(missing), "emails");
        ObjectNode unknownAuthenticator = example.deepCopy();
        ((ObjectNode) unknownAuthenticator.withArray("emails").get(0))
                .putArray("authenticators")
                .add("carrier-pigeon");
        assertRejected(mapper.createArrayNode().add(unknownAuthenticator), "carrier-pigeon");
        assertRejected(
                mapper.createArrayNode().add(example.deepCopy().put("favourite_colour", "blue")), "favourite_colour");
    }

    @Test
    void rejectsFilesThatAreNotAnArrayOfUsers() throws Exception {
        Path notArray = Files.writeString(dir.resolve("object.json"), "{}");
        Path truncated = Files.writeString(dir.resolve("truncated.json"), "[" + example);
        UserFileReader reader = new UserFileReader(mapper);

        assertThrows(UserFileReader.InvalidUserFileException.class, () -> reader.read(notArray, account -> {}));
        assertThrows(UserFileReader.InvalidUserFileException.class, () -> reader.read(truncated, account -> {}));
    }

    private void assertRejected(ArrayNode users, String expectedMessagePart) throws Exception {
        UserFileReader.InvalidUserFileException rejected =
                assertThrows(UserFileReader.InvalidUserFileException.class, () -> read(users));
        assertTrue(rejected.getMessage().contains(expectedMessagePart), rejected.getMessage());
    }

    private List<UserAccount> read(ArrayNode users) throws Exception {
        Path file = Files.writeString(Files.createTempFile(dir, "users", ".json"), users.toString());
        List<UserAccount> read = new ArrayList<>();
        new UserFileReader(mapper).read(file, read::add);
        return read;
    }
}
