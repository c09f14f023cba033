package dev.usersapi.bench.anchors;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users of the request-path benchmark ({@code src/bench/request-path.sh}), which every server
 * in it is given: N users {@code u00000}, {@code u00001}, ..., all blocked (block_until in the year
 * 2100, failure_count 5), each with the fields of {@code seed-example-user.json} and about as long
 * (1.66 KB of JSON), with their own values. The file is a pure function of N and the seed.
 *
 * <p>Usage: {@code BenchUsers --users N --out FILE [--seed S]}. Prints
 * {@code users=N bytes=SIZE bytes_per_user=AVERAGE}.
 *
 * <p>The anchors read the file back with {@link #load}.
 */
public final class BenchUsers {

    /** 2100-01-01T00:00:00Z: a block that lasts for the whole benchmark. */
    static final long BLOCKED_UNTIL = 4_102_444_800L;

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String[] GIVEN = {"John", "Mary", "Aisha", "Wei", "Carlos", "Olga", "Priya", "Liam"};
    private static final String[] FAMILY = {"Doe", "Smith", "Khan", "Zhang", "Garcia", "Ivanova", "Patel", "Murphy"};
    private static final long CREATED = 1_640_975_400L;

    private final SplittableRandom random;

    private BenchUsers(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        int users = 10_000;
        Path out = null;
        long seed = 42;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--users" -> users = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null || users < 1 || users > 100_000) {
            throw new IllegalArgumentException("usage: BenchUsers --users N (1 to 100000) --out FILE [--seed S]");
        }
        BenchUsers generator = new BenchUsers(seed);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                JsonGenerator json = mapper().getFactory().createGenerator(file, JsonEncoding.UTF8)) {
            json.writeStartArray();
            for (int n = 0; n < users; n++) {
                json.writeRaw('\n');
                generator.writeUser(json, n);
            }
            json.writeRaw('\n');
            json.writeEndArray();
            json.writeRaw('\n');
        }
        long bytes = Files.size(out);
        System.out.printf("users=%d bytes=%d bytes_per_user=%d%n", users, bytes, bytes / users);
    }

    /** The mapper both anchors read and write users with: Jackson's defaults. */
    static ObjectMapper mapper() {
        return JsonMapper.builder().build();
    }

    /** Reads a users file into a map by user id, each user as an {@link AnchorUser}. */
    static ConcurrentHashMap<String, AnchorUser> load(Path file, ObjectMapper mapper) throws IOException {
        List<Map<String, Object>> documents;
        try (InputStream in = Files.newInputStream(file)) {
            documents = mapper.readValue(in, new TypeReference<List<Map<String, Object>>>() {});
        }
        ConcurrentHashMap<String, AnchorUser> users = new ConcurrentHashMap<>(documents.size() * 2);
        for (Map<String, Object> document : documents) {
            String userId = (String) document.remove("user_id");
            boolean disabled = (Boolean) document.remove("disabled");
            long creationTime = ((Number) document.remove("creation_time")).longValue();
            long lastUpdated = ((Number) document.remove("last_updated")).longValue();
            Number blockUntil = (Number) document.remove("block_until");
            Number failureCount = (Number) document.remove("failure_count");
            users.put(
                    userId,
                    new AnchorUser(
                            userId,
                            disabled,
                            creationTime,
                            lastUpdated,
                            blockUntil == null ? null : blockUntil.longValue(),
                            failureCount == null ? 0 : failureCount.intValue(),
                            Collections.unmodifiableMap(document)));
        }
        return users;
    }

    private void writeUser(JsonGenerator json, int n) throws IOException {
        String given = GIVEN[random.nextInt(GIVEN.length)];
        String family = FAMILY[random.nextInt(FAMILY.length)];
        String email = (given + "." + family + "." + n).toLowerCase(Locale.ROOT) + "@example.com";
        long created = CREATED + n;

        json.writeStartObject();
        json.writeStringField("user_id", String.format(Locale.ROOT, "u%05d", n));
        json.writeBooleanField("disabled", false);
        json.writeNumberField("block_until", BLOCKED_UNTIL);
        json.writeNumberField("failure_count", 5);
        json.writeBooleanField("has_password", true);
        json.writeNumberField("password_updated_at", created);
        json.writeNumberField("creation_time", created);
        json.writeNumberField("last_updated", created);

        json.writeObjectFieldStart("claims");
        json.writeStringField("name", given + " " + family);
        json.writeStringField("given_name", given);
        json.writeStringField("family_name", family);
        json.writeEndObject();

        json.writeObjectFieldStart("public_data");
        json.writeObjectFieldStart("color_preference");
        json.writeStringField("dashboard", "monochrome");
        json.writeEndObject();
        json.writeBooleanField("send_emails", true);
        json.writeNumberField("days_to_retain", 1 + random.nextInt(90));
        json.writeEndObject();

        json.writeObjectFieldStart("private_data");
        json.writeArrayFieldStart("transaction_ids");
        json.writeString(randomString(25));
        json.writeString(randomString(25));
        json.writeEndArray();
        json.writeStringField("subscription_plan", "premium");
        json.writeNumberField("last_renewed", created + 31_536_000L);
        json.writeEndObject();

        json.writeArrayFieldStart("emails");
        json.writeStartObject();
        json.writeStringField("id", uuid());
        json.writeStringField("email", email);
        json.writeBooleanField("primary", false);
        json.writeBooleanField("verified", true);
        writeStrings(json, "authenticators", "password", "email");
        writeStrings(json, "idps", "monocloud", "google");
        json.writeEndObject();
        json.writeEndArray();

        json.writeArrayFieldStart("phone_numbers");
        json.writeStartObject();
        json.writeStringField("id", uuid());
        json.writeStringField("phone", "+44" + (7_000_000_000L + random.nextLong(1_000_000_000L)));
        json.writeBooleanField("primary", false);
        json.writeBooleanField("verified", true);
        writeStrings(json, "authenticators", "password", "phone");
        writeStrings(json, "idps", "monocloud", "google");
        json.writeEndObject();
        json.writeEndArray();

        json.writeObjectFieldStart("username");
        json.writeStringField("id", uuid());
        json.writeStringField("username", given.toLowerCase(Locale.ROOT) + n);
        writeStrings(json, "authenticators", "password");
        writeStrings(json, "idps", "monocloud", "google");
        json.writeEndObject();

        json.writeArrayFieldStart("passkeys");
        json.writeStartObject();
        json.writeStringField("passkey_id", randomString(43));
        json.writeStringField("name", "IPhone 15 Pro Max");
        json.writeStringField("public_key", randomString(120));
        json.writeStringField("aa_guid", uuid());
        json.writeBooleanField("backup_state", true);
        json.writeBooleanField("backup_eligibility", true);
        json.writeBooleanField("user_present", true);
        json.writeBooleanField("user_verified", true);
        json.writeStringField(
                "user_agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:127.0) Gecko/20100101 Firefox/127.0");
        json.writeEndObject();
        json.writeEndArray();

        json.writeArrayFieldStart("idps");
        json.writeStartObject();
        json.writeStringField("authenticator", "google");
        json.writeStringField("provider_user_id", uuid());
        json.writeObjectFieldStart("claims");
        json.writeStringField("email", email);
        json.writeStringField("email_verified", "true");
        json.writeStringField("name", given + " " + family);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String field, String... values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private String randomString(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = BASE62.charAt(random.nextInt(BASE62.length()));
        }
        return new String(chars);
    }
}
