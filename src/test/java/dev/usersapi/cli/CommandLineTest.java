package dev.usersapi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.Main;
import dev.usersapi.support.TestKeystores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invalid options and files end the program with one clear line and a non-zero status. */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownOptionIsOneLineAndStatusTwo() {
        Outcome outcome = run("--prot", "8080");
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "'--prot'");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        Outcome outcome = run("--port", "70000", "--api-key", "k", "--store", "memory");
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "--port must be between 0 and 65535");
    }

    @Test
    void noApiKeyIsRefused() {
        Outcome outcome = run("--store", "memory");
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "no API key is configured");
    }

    @Test
    void aMissingKeysFileIsRefused() {
        Outcome outcome = run(
                "--store", "memory", "--api-keys", dir.resolve("absent.json").toString());
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "--api-keys");
    }

    @Test
    void anInvalidSeedIsRefusedNamingTheUser() throws Exception {
        Path seed = Files.writeString(dir.resolve("seed.json"), "[{\"user_id\": \"x\"}]");
        Outcome outcome = run("--store", "memory", "--api-key", "k", "--seed", seed.toString());
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "--seed " + seed + ": user #1");
    }

    @Test
    void anUnsupportedDatabaseUrlIsRefused() {
        Outcome outcome = run("--api-key", "k", "--database-url", "jdbc:mysql://localhost/users");
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "--database-url: the database URL must be jdbc:sqlite:PATH or jdbc:postgresql:");
    }

    @Test
    void aSyncSettingForPostgresIsRefused() {
        Outcome outcome = run(
                "--api-key", "k", "--database-url", "jdbc:postgresql://localhost/users", "--database-sync", "normal");
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "--database-sync applies to the embedded SQLite store only");
    }

    @Test
    void anUnknownSyncSettingIsRefused() {
        Outcome outcome = run("--store", "memory", "--api-key", "k", "--database-sync", "sometimes");
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "expected full or normal, not 'sometimes'");
    }

    @Test
    void aMissingTlsKeystoreIsRefusedNamingTheOption() {
        Path absent = dir.resolve("absent.p12");
        Outcome outcome = run(
                "--store",
                "memory",
                "--api-key",
                "k",
                "--tls-keystore",
                absent.toString(),
                "--tls-keystore-password",
                "secret");
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "--tls-keystore " + absent + ": no such file");
    }

    @Test
    void aWrongTlsKeystorePasswordIsRefusedNamingTheOption() throws Exception {
        TestKeystores.Generated keystore = TestKeystores.selfSigned(dir, "right-password");
        Outcome outcome = run(
                "--store",
                "memory",
                "--api-key",
                "k",
                "--tls-keystore",
                keystore.keystore().toString(),
                "--tls-keystore-password",
                "wrong-password");
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "--tls-keystore " + keystore.keystore() + ": wrong password");
    }

    @Test
    void aFileThatIsNotAKeystoreIsRefused() throws Exception {
        Path notAKeystore = Files.writeString(dir.resolve("server.txt"), "hello");
        Outcome outcome = run(
                "--store",
                "memory",
                "--api-key",
                "k",
                "--tls-keystore",
                notAKeystore.toString(),
                "--tls-keystore-password",
                "secret");
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "--tls-keystore " + notAKeystore + ": not a readable PKCS12 keystore");

        Path pem = Files.writeString(dir.resolve("server.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n");
        Outcome pemOutcome = run(
                "--store",
                "memory",
                "--api-key",
                "k",
                "--tls-keystore",
                pem.toString(),
                "--tls-keystore-password",
                "secret");
        assertEquals(2, pemOutcome.status());
        assertOneLine(pemOutcome, "--tls-keystore " + pem + ": not a PKCS12 keystore but PEM text");
    }

    @Test
    void aTlsKeystoreWithoutAPasswordIsRefused() {
        Outcome outcome = run(
                "--store",
                "memory",
                "--api-key",
                "k",
                "--tls-keystore",
                dir.resolve("server.p12").toString());
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "no password; give --tls-keystore-password or, better, USERS_TLS_KEYSTORE_PASSWORD");
    }

    @Test
    void aTlsKeystorePasswordWithoutAKeystoreIsRefused() {
        Outcome outcome = run("--store", "memory", "--api-key", "k", "--tls-keystore-password", "secret");
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "--tls-keystore-password is set but --tls-keystore is not");
    }

    @Test
    void aNegativeShutdownGraceIsRefused() {
        Outcome outcome = run("--store", "memory", "--api-key", "k", "--shutdown-grace", "-1");
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "--shutdown-grace must be between 0 and 3600 seconds");
    }

    @Test
    void rateLimitsOutsideTheirRangeAreRefused() {
        Outcome keyLimit = run("--store", "memory", "--api-key", "k", "--key-rate-limit", "-1");
        assertEquals(2, keyLimit.status());
        assertOneLine(keyLimit, "--key-rate-limit must be 0 (no limit) to 1000000, not -1");

        Outcome failureLimit = run("--store", "memory", "--api-key", "k", "--auth-failure-limit", "-5");
        assertEquals(2, failureLimit.status());
        assertOneLine(failureLimit, "--auth-failure-limit must be 0 (no limit) to 1000000, not -5");

        Outcome tooHigh = run("--store", "memory", "--api-key", "k", "--key-rate-limit", "2000000000");
        assertEquals(2, tooHigh.status());
        assertOneLine(tooHigh, "--key-rate-limit must be 0 (no limit) to 1000000, not 2000000000");
    }

    @Test
    void aRateLimitThatIsNotANumberIsRefused() {
        Outcome outcome = run("--store", "memory", "--api-key", "k", "--key-rate-limit", "lots");
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "--key-rate-limit");
    }

    @Test
    void importOfAMissingFileIsRefused() {
        Outcome outcome =
                run("import", "--store", "memory", dir.resolve("absent.json").toString());
        assertEquals(2, outcome.status());
        assertOneLine(outcome, "no such file");
    }

    @Test
    void helpListsTheCommandsAndServeHelpListsItsOptions() {
        Outcome top = run("--help");
        assertEquals(0, top.status());
        assertTrue(top.out().contains("serve") && top.out().contains("import"), top.out());
        Outcome serve = run("serve", "--help");
        assertEquals(0, serve.status());
        assertTrue(serve.out().contains("--api-keys") && serve.out().contains("USERS_DATABASE_URL"), serve.out());
        assertTrue(
                serve.out().contains("--tls-keystore")
                        && serve.out().contains("USERS_TLS_KEYSTORE_PASSWORD")
                        && serve.out().contains("USERS_SHUTDOWN_GRACE"),
                serve.out());
    }

    private static void assertOneLine(Outcome outcome, String expected) {
        String err = outcome.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("users-api-server: "), err);
        assertTrue(err.contains(expected), err);
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(status, out.toString(), err.toString());
    }

    private record Outcome(int status, String out, String err) {}
}
