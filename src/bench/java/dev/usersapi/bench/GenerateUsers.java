package dev.usersapi.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes a users file for the import benchmark ({@code src/bench/import-benchmark.sh}): a JSON
 * array of N realistic Users (1.65 KB each on average, modelled on {@code seed-example-user.json}),
 * streamed with a Jackson generator so that any N fits in constant memory. The output is a pure
 * function of N, the seed and "now", so runs are comparable.
 *
 * <p>Lockouts: 5 % blocked now (block_until in the future, 5 failures), 3 % with an expired block,
 * 10 % with 1-4 failures and no block; of the rest, half state {@code block_until: null,
 * failure_count: 0} and half leave the lockout fields out (the importer's defaults).
 *
 * <p>The request-path benchmark ({@code src/bench/request-path.sh}) asks for ids {@code u00000},
 * {@code u00001}, ... ({@code --numbered-ids}) and every user blocked until 2100 with 5 failures
 * ({@code --all-blocked}), so that its wrk scripts can name the users and each has a lockout.
 *
 * <p>Usage: {@code GenerateUsers --users N --out FILE [--seed S] [--now EPOCH_SECONDS]
 * [--numbered-ids] [--all-blocked]}. Prints
 * one line of expected figures, which the benchmark compares with the database after the import:
 * {@code users=N with_block_until=B with_failures=F bytes=SIZE}.
 */
public final class GenerateUsers {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String BASE64URL = BASE62 + "-_";
    private static final String BASE64 = BASE62 + "+/";

    private static final String[] GIVEN = {
        "John", "Mary", "Aisha", "Wei", "Carlos", "Olga", "Priya", "Liam", "Noah", "Emma", "Yuki", "Fatima", "Lukas",
        "Sofia", "Mateo", "Chloe", "Kwame", "Ingrid", "Omar", "Hana"
    };
    private static final String[] FAMILY = {
        "Doe", "Smith", "Khan", "Zhang", "Garcia", "Ivanova", "Patel", "Murphy", "Müller", "Rossi", "Tanaka", "Haddad",
        "Nowak", "Silva", "Okafor", "Larsen", "Dubois", "Kim", "Novak", "Cohen"
    };
    private static final String[] DOMAINS = {"example.com", "example.org", "mail.example.net", "corp.example.com"};
    private static final String[] DEVICES = {
        "IPhone 15 Pro Max", "Pixel 8", "MacBook Pro", "YubiKey 5C", "Windows Hello", "Galaxy S24", "iPad Air"
    };
    private static final String[] USER_AGENTS = {
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:127.0) Gecko/20100101 Firefox/127.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"
    };
    private static final String[] PLANS = {"free", "premium", "business"};
    private static final String[] DASHBOARDS = {"monochrome", "colorful", "dark", "light"};
    /** Authenticators of linked identities, with their IdentityProvider spelling. */
    private static final String[] CITIES = {"London", "Manchester", "Leeds", "Bristol", "Liverpool", "York"};

    private static final String[] SOCIAL = {"google", "apple", "microsoft", "github"};

    private static final long EPOCH_2019 = 1_546_300_800L;
    private static final long YEAR = 365L * 24 * 3600;

    private final SplittableRandom random;
    private final long now;
    private long withBlockUntil;
    private long withFailures;

    /** 2100-01-01T00:00:00Z: with --all-blocked, a block that outlasts any benchmark. */
    private static final long FAR_FUTURE = 4_102_444_800L;

    private static final String USAGE = "usage: GenerateUsers --users N --out FILE [--seed S] [--now EPOCH_SECONDS]"
            + " [--numbered-ids] [--all-blocked]";

    private boolean numberedIds;
    private boolean allBlocked;

    private GenerateUsers(long seed, long now) {
        this.random = new SplittableRandom(seed);
        this.now = now;
    }

    public static void main(String[] args) throws IOException {
        long users = 1_000_000;
        Path out = null;
        long seed = 42;
        long now = System.currentTimeMillis() / 1000;
        boolean numberedIds = false;
        boolean allBlocked = false;
        int i = 0;
        while (i < args.length) {
            String option = args[i++];
            switch (option) {
                case "--numbered-ids" -> numberedIds = true;
                case "--all-blocked" -> allBlocked = true;
                default -> {
                    String value = require(option, i < args.length ? args[i++] : null);
                    switch (option) {
                        case "--users" -> users = Long.parseLong(value);
                        case "--out" -> out = Path.of(value);
                        case "--seed" -> seed = Long.parseLong(value);
                        case "--now" -> now = Long.parseLong(value);
                        default -> throw new IllegalArgumentException("unknown option " + option + "; " + USAGE);
                    }
                }
            }
        }
        if (out == null || users < 0) {
            throw new IllegalArgumentException(USAGE);
        }
        GenerateUsers generator = new GenerateUsers(seed, now);
        generator.numberedIds = numberedIds;
        generator.allBlocked = allBlocked;
        JsonFactory factory = JsonFactory.builder().build();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                JsonGenerator json = factory.createGenerator(file, JsonEncoding.UTF8)) {
            json.writeStartArray();
            for (long n = 0; n < users; n++) {
                json.writeRaw('\n');
                generator.writeUser(json, n);
            }
            json.writeRaw('\n');
            json.writeEndArray();
            json.writeRaw('\n');
        }
        System.out.printf(
                "users=%d with_block_until=%d with_failures=%d bytes=%d%n",
                users, generator.withBlockUntil, generator.withFailures, Files.size(out));
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private void writeUser(JsonGenerator json, long n) throws IOException {
        String given = pick(GIVEN);
        String family = pick(FAMILY);
        long created = EPOCH_2019 + random.nextLong(5 * YEAR);
        long updated = created + random.nextLong(Math.max(1, now - created));
        boolean hasPassword = random.nextInt(10) < 8;
        boolean social = random.nextInt(10) < 6;
        String socialIdp = SOCIAL[random.nextInt(SOCIAL.length)];
        String email = (given + "." + family).toLowerCase(java.util.Locale.ROOT).replace("ü", "ue") + "." + n + "@"
                + pick(DOMAINS);

        json.writeStartObject();
        json.writeStringField("user_id", userId(n));
        json.writeBooleanField("disabled", random.nextInt(50) == 0);
        writeLockout(json, n);
        json.writeBooleanField("has_password", hasPassword);
        if (hasPassword) {
            json.writeNumberField("password_updated_at", created + random.nextLong(Math.max(1, updated - created + 1)));
        } else {
            json.writeNullField("password_updated_at");
        }
        json.writeNumberField("creation_time", created);
        json.writeNumberField("last_updated", updated);

        json.writeObjectFieldStart("claims");
        json.writeStringField("name", given + " " + family);
        json.writeStringField("given_name", given);
        json.writeStringField("family_name", family);
        json.writeEndObject();

        json.writeObjectFieldStart("public_data");
        json.writeObjectFieldStart("color_preference");
        json.writeStringField("dashboard", pick(DASHBOARDS));
        json.writeEndObject();
        json.writeBooleanField("send_emails", random.nextBoolean());
        json.writeNumberField("days_to_retain", 1 + random.nextInt(90));
        json.writeEndObject();

        json.writeObjectFieldStart("private_data");
        json.writeArrayFieldStart("transaction_ids");
        for (int t = 0, count = 2 + random.nextInt(3); t < count; t++) {
            json.writeString(randomString(BASE62, 25));
        }
        json.writeEndArray();
        json.writeStringField("subscription_plan", pick(PLANS));
        json.writeNumberField("last_renewed", updated - random.nextLong(30L * 24 * 3600));
        json.writeEndObject();

        json.writeArrayFieldStart("emails");
        json.writeStartObject();
        json.writeStringField("id", uuid());
        json.writeStringField("email", email);
        json.writeBooleanField("primary", true);
        json.writeBooleanField("verified", random.nextInt(10) < 9);
        writeStrings(json, "authenticators", hasPassword ? new String[] {"password", "email"} : new String[] {"email"});
        writeStrings(json, "idps", social ? new String[] {"monocloud", socialIdp} : new String[] {"monocloud"});
        json.writeEndObject();
        json.writeEndArray();

        json.writeArrayFieldStart("phone_numbers");
        if (random.nextInt(10) < 9) {
            json.writeStartObject();
            json.writeStringField("id", uuid());
            json.writeStringField("phone", "+44" + (7_000_000_000L + random.nextLong(1_000_000_000L)));
            json.writeBooleanField("primary", false);
            json.writeBooleanField("verified", random.nextBoolean());
            writeStrings(json, "authenticators", new String[] {"password", "phone"});
            writeStrings(json, "idps", new String[] {"monocloud"});
            json.writeEndObject();
        }
        json.writeEndArray();

        if (random.nextInt(10) < 8) {
            json.writeObjectFieldStart("username");
            json.writeStringField("id", uuid());
            json.writeStringField("username", given.toLowerCase(java.util.Locale.ROOT) + n);
            writeStrings(json, "authenticators", new String[] {"password"});
            writeStrings(json, "idps", new String[] {"monocloud"});
            json.writeEndObject();
        } else {
            json.writeNullField("username");
        }

        json.writeArrayFieldStart("passkeys");
        int passkeys = random.nextInt(10) < 7 ? 1 : random.nextInt(3) == 0 ? 0 : 2;
        for (int p = 0; p < passkeys; p++) {
            json.writeStartObject();
            json.writeStringField("passkey_id", randomString(BASE64URL, 43));
            if (random.nextInt(5) == 0) {
                json.writeNullField("name");
            } else {
                json.writeStringField("name", pick(DEVICES));
            }
            json.writeStringField("public_key", randomString(BASE64, 120));
            json.writeStringField("aa_guid", uuid());
            boolean synced = random.nextBoolean();
            json.writeBooleanField("backup_state", synced);
            json.writeBooleanField("backup_eligibility", synced || random.nextBoolean());
            json.writeBooleanField("user_present", true);
            json.writeBooleanField("user_verified", random.nextInt(10) < 9);
            json.writeStringField("user_agent", pick(USER_AGENTS));
            json.writeEndObject();
        }
        json.writeEndArray();

        String providerUserId =
                socialIdp.equals("github") ? String.valueOf(1_000_000 + random.nextInt(90_000_000)) : uuid();
        for (String name : new String[] {"idps", "external_providers"}) {
            json.writeArrayFieldStart(name);
            if (social) {
                json.writeStartObject();
                json.writeStringField("authenticator", socialIdp);
                json.writeStringField("provider_user_id", providerUserId);
                json.writeObjectFieldStart("claims");
                json.writeStringField("email", email);
                json.writeStringField("email_verified", "true");
                json.writeStringField("name", given + " " + family);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("connections");
        if (social) {
            json.writeStartObject();
            json.writeStringField("idp", socialIdp);
            json.writeStringField("connection_id", uuid());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeBooleanField("force_password_reset", random.nextInt(50) == 0);
        writeSignIns(json);
        json.writeEndObject();
    }

    /** Today's sign-in history fields: most users signed in some times, a few never. */
    private void writeSignIns(JsonGenerator json) throws IOException {
        if (random.nextInt(20) == 0) {
            json.writeNumberField("sign_in_attempts_count", 0);
            json.writeNumberField("sign_in_success_count", 0);
            for (String field : new String[] {
                "last_sign_in_attempt",
                "last_sign_in_attempt_ip",
                "last_sign_in_success",
                "last_sign_in_success_ip",
                "last_activity",
                "last_known_city",
                "last_known_country",
                "last_known_region"
            }) {
                json.writeNullField(field);
            }
            return;
        }
        int successes = 1 + random.nextInt(200);
        long lastSuccess = now - random.nextLong(180L * 24 * 3600);
        String ip = "198.51.100." + random.nextInt(256);
        json.writeNumberField("sign_in_attempts_count", successes + random.nextInt(20));
        json.writeNumberField("last_sign_in_attempt", lastSuccess + random.nextInt(3600));
        json.writeStringField("last_sign_in_attempt_ip", ip);
        json.writeNumberField("sign_in_success_count", successes);
        json.writeNumberField("last_sign_in_success", lastSuccess);
        json.writeStringField("last_sign_in_success_ip", ip);
        json.writeNumberField("last_activity", lastSuccess);
        json.writeStringField("last_known_city", pick(CITIES));
        json.writeStringField("last_known_country", "GB");
        json.writeStringField("last_known_region", "England");
    }

    /**
     * Unique by construction: the sequence number in base 62 (7 digits cover 3.5e12) plus random
     * padding, 21 characters like the provider's ids; every 10th user has an id imported from
     * another provider ({@code google-oauth2|...}), which the id rule also allows.
     */
    private String userId(long n) {
        if (numberedIds) {
            return String.format(java.util.Locale.ROOT, "u%05d", n);
        }
        if (n % 10 == 9) {
            return "google-oauth2|1" + String.format("%011d", n) + random.nextInt(10);
        }
        StringBuilder id = new StringBuilder(21);
        long rest = n;
        for (int d = 0; d < 7; d++) {
            id.append(BASE62.charAt((int) (rest % 62)));
            rest /= 62;
        }
        for (int d = 0; d < 14; d++) {
            id.append(BASE62.charAt(random.nextInt(62)));
        }
        return id.toString();
    }

    private void writeLockout(JsonGenerator json, long n) throws IOException {
        int kind = random.nextInt(100);
        if (allBlocked) {
            json.writeNumberField("block_until", FAR_FUTURE);
            json.writeNumberField("failure_count", 5);
            withBlockUntil++;
            withFailures++;
        } else if (kind < 5) {
            // blocked now: 5 failures, block running for minutes to days
            json.writeNumberField("block_until", now + 60 + random.nextLong(3L * 24 * 3600));
            json.writeNumberField("failure_count", 5);
            withBlockUntil++;
            withFailures++;
        } else if (kind < 8) {
            // block expired, failures still counted
            json.writeNumberField("block_until", now - 60 - random.nextLong(90L * 24 * 3600));
            json.writeNumberField("failure_count", 5);
            withBlockUntil++;
            withFailures++;
        } else if (kind < 18) {
            json.writeNullField("block_until");
            json.writeNumberField("failure_count", 1 + random.nextInt(4));
            withFailures++;
        } else if (n % 2 == 0) {
            json.writeNullField("block_until");
            json.writeNumberField("failure_count", 0);
        }
        // else: lockout fields left out, as an export from a system without lockouts would
    }

    private static void writeStrings(JsonGenerator json, String field, String[] values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private String randomString(String alphabet, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(chars);
    }
}
