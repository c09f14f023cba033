package dev.usersapi.bench.anchors;

import com.sun.management.OperatingSystemMXBean;
import dev.usersapi.contract.RequestIds;
import dev.usersapi.domain.EventIds;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQLite floor of the request-path benchmark: the server's unblock transaction run straight on
 * SQLite through sqlite-jdbc, with no HTTP, no pool and no server code around it, so that the
 * server's figures on its SQLite store can be read as a fraction of what the engine itself does
 * on the same machine in the same run.
 *
 * <p>It makes a new database in {@code --dir} from the server's own migrations (the classpath
 * resources under {@value #SCHEMA}), loads {@code --users} users {@code u00000}, {@code u00001}, ... with a
 * profile of about 1.6 KB each, all blocked as in the request-path benchmark (block_until in 2100,
 * 5 failures), and runs {@code --threads} threads, each on its own connection, through the users in
 * turn (one counter for all, as wrk's one thread cycles through them). Each iteration is the
 * server's transaction: BEGIN IMMEDIATE; read the whole row, profile included; the retry check
 * (has this request id been applied to this user?); clear the lockout if there was one; record
 * the audit event; COMMIT. The first pass clears the blocks; from then on every unblock finds
 * nothing to clear, as in the benchmark, and writes only its audit event.
 *
 * <p>The connections carry what the server's would: WAL, {@code synchronous} from {@code --sync},
 * {@code busy_timeout} 5000 and {@code transaction_mode=IMMEDIATE}, as sqlite-jdbc's connection
 * properties (names checked: the settings in effect are read back and printed). The transactions
 * are begun with an explicit {@code BEGIN IMMEDIATE} statement on an auto-commit connection
 * rather than with {@code setAutoCommit(false)}: sqlite-jdbc's {@code commit()} begins the next
 * transaction at once, so a connection left out of auto-commit would hold the write lock between
 * transactions, and the floor would measure that instead of the engine.
 *
 * <p>Usage: {@code SqliteFloor --dir DIR [--users N] [--sync full|normal] [--threads T]
 * [--warmup S] [--seconds S]} (defaults 10000 users, full, 1 thread, 10 s warm-up, 20 s measured).
 * Prints {@code setting NAME=VALUE} lines, then one line {@code RESULT engine=sqlite ...} with
 * transactions per second, the process's CPU time per transaction (all its threads, the JIT's and
 * the collector's included) and the per-transaction latency. SQLite's busy handler sleeps and
 * tries again rather than queueing the waiters, so with several threads one can wait out the busy
 * timeout while the others go on: such a transaction is rolled back and counted in {@code busy=},
 * not in {@code tx=}, and {@code max_us} shows the longest wait that did succeed. The database
 * files are deleted at the end.
 */
public final class SqliteFloor {

    static final String SCHEMA = "/db/migration/sqlite/";

    /** The server's migrations, in order. */
    private static final List<String> MIGRATIONS = List.of(
            "V1__users_and_audit_events.sql", "V2__store_probe.sql", "V3__sign_in_history_and_full_profile.sql");

    /** 2100-01-01T00:00:00Z, the benchmark's block: it outlasts any run. */
    private static final long FAR_FUTURE = 4_102_444_800L;

    private static final String SELECT_USER = "SELECT user_id, disabled, creation_time, last_updated, block_until,"
            + " failure_count, sign_in_attempts_count, last_sign_in_attempt, last_sign_in_attempt_ip,"
            + " sign_in_success_count, last_sign_in_success, last_sign_in_success_ip, last_activity, profile"
            + " FROM users WHERE user_id = ?";
    private static final String RETRY_CHECK = "SELECT 1 FROM audit_events WHERE user_id = ? AND request_id = ?";
    private static final String CLEAR =
            "UPDATE users SET block_until = NULL, failure_count = 0, last_updated = ? WHERE user_id = ?";
    private static final String INSERT_EVENT = "INSERT INTO audit_events (event_id, type, user_id, actor_key_id,"
            + " request_id, occurred_at, previous_block_until, previous_failure_count, outcome)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String USAGE = "usage: SqliteFloor --dir DIR [--users N] [--sync full|normal] [--threads T]"
            + " [--warmup S] [--seconds S]";

    private SqliteFloor() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Files.createDirectories(options.dir());
        Path database = options.dir().resolve("sqlite-floor.db");
        deleteDatabase(database);
        String url = "jdbc:sqlite:" + database;
        try {
            try (Connection connection = open(url, options.sync())) {
                createSchema(connection);
                loadUsers(connection, options.users());
            }
            run(url, options);
        } finally {
            deleteDatabase(database);
        }
    }

    private static void run(String url, Options options) throws Exception {
        AtomicLong next = new AtomicLong();
        AtomicInteger phase = new AtomicInteger(Worker.WARMING_UP);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < options.threads(); t++) {
            Connection connection = open(url, options.sync());
            if (t == 0) {
                printSettings(connection);
            }
            Worker worker = new Worker(connection, options.users(), next, phase);
            workers.add(worker);
            Thread thread = new Thread(
                    () -> {
                        try {
                            worker.run();
                        } catch (Throwable failed) {
                            failure.compareAndSet(null, failed);
                        }
                    },
                    "floor-" + t);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        Thread.sleep(options.warmupSeconds() * 1000L);

        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        phase.set(Worker.MEASURING);
        Thread.sleep(options.seconds() * 1000L);
        phase.set(Worker.STOPPED);
        long elapsed = System.nanoTime() - start;
        long cpu = os.getProcessCpuTime() - cpuBefore;
        for (Thread thread : threads) {
            thread.join();
        }
        long committed = 0;
        long read = 0;
        for (Worker worker : workers) {
            worker.close();
            committed += worker.committed;
            read += worker.charsRead;
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a worker failed", failure.get());
        }
        // Every committed transaction wrote one event: a count that differs means one was lost.
        try (Connection connection = open(url, options.sync());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM audit_events")) {
            row.next();
            if (row.getLong(1) != committed) {
                throw new IllegalStateException(
                        "audit_events has " + row.getLong(1) + " rows after " + committed + " committed unblocks");
            }
        }
        report(options, workers, elapsed, cpu, committed == 0 ? 0 : read / committed);
    }

    private static void report(
            Options options, List<Worker> workers, long elapsedNanos, long cpuNanos, long charsPerTransaction) {
        long tx = 0;
        long busy = 0;
        long cleared = 0;
        int samples = 0;
        for (Worker worker : workers) {
            tx += worker.measured;
            busy += worker.busy;
            cleared += worker.measuredCleared;
            samples += worker.sampleCount;
        }
        long[] latencies = new long[samples];
        int at = 0;
        for (Worker worker : workers) {
            System.arraycopy(worker.samples, 0, latencies, at, worker.sampleCount);
            at += worker.sampleCount;
        }
        Arrays.sort(latencies);
        double seconds = elapsedNanos / 1e9;
        System.out.printf(
                Locale.ROOT,
                "RESULT engine=sqlite sync=%s threads=%d users=%d warmup_s=%d seconds=%.1f tx=%d tx_per_s=%.1f"
                        + " cpu_us_per_tx=%.1f p50_us=%.1f p99_us=%.1f max_us=%.1f busy=%d cleared=%d"
                        + " read_chars_per_tx=%d%n",
                options.sync(),
                options.threads(),
                options.users(),
                options.warmupSeconds(),
                seconds,
                tx,
                tx / seconds,
                tx == 0 ? 0.0 : cpuNanos / 1e3 / tx,
                percentile(latencies, 0.50),
                percentile(latencies, 0.99),
                latencies.length == 0 ? 0.0 : latencies[latencies.length - 1] / 1e3,
                busy,
                cleared,
                charsPerTransaction);
    }

    /** The sample at that rank, in microseconds; 0 when there are none. */
    private static double percentile(long[] sorted, double rank) {
        return sorted.length == 0 ? 0.0 : sorted[(int) Math.round(rank * (sorted.length - 1))] / 1e3;
    }

    /**
     * A connection with the server's settings, passed by the property names a pool's data source
     * would be given.
     */
    private static Connection open(String url, String sync) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("journal_mode", "WAL");
        properties.setProperty("synchronous", sync.toUpperCase(Locale.ROOT));
        properties.setProperty("busy_timeout", "5000");
        properties.setProperty("transaction_mode", "IMMEDIATE");
        return DriverManager.getConnection(url, properties);
    }

    /** Reads the settings back from the engine, so that a property sqlite-jdbc ignored shows. */
    private static void printSettings(Connection connection) throws SQLException {
        String[][] settings = {
            {"sqlite_version", "SELECT sqlite_version()"},
            {"journal_mode", "PRAGMA journal_mode"},
            {"synchronous", "PRAGMA synchronous"},
            {"busy_timeout", "PRAGMA busy_timeout"}
        };
        try (Statement statement = connection.createStatement()) {
            for (String[] setting : settings) {
                try (ResultSet row = statement.executeQuery(setting[1])) {
                    row.next();
                    System.out.println("setting " + setting[0] + "=" + row.getString(1));
                }
            }
        }
        System.out.println("setting transaction_mode="
                + connection
                        .unwrap(SQLiteConnection.class)
                        .getConnectionConfig()
                        .getTransactionMode());
    }

    private static void createSchema(Connection connection) throws IOException, SQLException {
        for (String migration : MIGRATIONS) {
            String script;
            try (InputStream in = SqliteFloor.class.getResourceAsStream(SCHEMA + migration)) {
                if (in == null) {
                    throw new IllegalStateException(
                            SCHEMA + migration + " is not on the classpath (target/classes, after a build)");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(script)) {
                    statement.execute(sql);
                }
            }
        }
    }

    /**
     * The statements of a migration script: split at each semicolon outside a quoted string, with
     * {@code --} comments left out (so that a semicolon in a comment splits nothing).
     */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (!quoted && script.startsWith("--", i)) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
                continue;
            }
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && c == ';') {
                addStatement(statements, current);
            } else {
                current.append(c);
            }
            i++;
        }
        addStatement(statements, current);
        return statements;
    }

    private static void addStatement(List<String> statements, StringBuilder current) {
        String sql = current.toString().strip();
        if (!sql.isEmpty()) {
            statements.add(sql);
        }
        current.setLength(0);
    }

    private static void loadUsers(Connection connection, int users) throws SQLException {
        long created = 1_640_975_400L;
        long profileChars = 0;
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO users (user_id, disabled,"
                + " creation_time, last_updated, block_until, failure_count, profile) VALUES (?, 0, ?, ?, ?, 5, ?)")) {
            for (int n = 0; n < users; n++) {
                String profile = profile(n);
                profileChars += profile.length();
                insert.setString(1, userId(n));
                insert.setLong(2, created);
                insert.setLong(3, created);
                insert.setLong(4, FAR_FUTURE);
                insert.setString(5, profile);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        System.out.printf(
                Locale.ROOT, "setting users=%d profile_chars_avg=%d%n", users, users == 0 ? 0 : profileChars / users);
    }

    /**
     * A profile modelled on seed-example-user.json, written compactly as the server stores it:
     * 1.6 KB with the user's number in it, so that no two rows are alike.
     */
    static String profile(int n) {
        return String.format(Locale.ROOT, """
                {"has_password":true,"password_updated_at":1640975400,"claims":{"name":"John Doe",\
                "given_name":"John","family_name":"Doe"},"public_data":{"color_preference":{"dashboard":\
                "monochrome"},"send_emails":true,"days_to_retain":30},"private_data":{"transaction_ids":\
                ["5GRZ4X7XUItpRGOwkHhONqTtG","9Fw7Jx9Zja5lWlmRkYJf1WMV9","Qm3rT8vLw2ZxYp0KcN4bHd7Fj"],\
                "subscription_plan":"premium","last_renewed":1672511400},"emails":[{"id":\
                "6cec8047-6149-4d9b-8d99-91c83c2%1$05d","email":"john.doe.%1$05d@example.com","primary":true,\
                "verified":true,"authenticators":["password","email"],"idps":["monocloud","google"]}],\
                "phone_numbers":[{"id":"ab66b6a2-df6b-4f9d-9eb2-5a71429%1$05d","phone":"+4415149%1$05d",\
                "primary":false,"verified":true,"authenticators":["password","phone"],"idps":["monocloud"]}],\
                "username":{"id":"9082b772-dbf6-4610-a71e-05fb93c%1$05d","username":"john%1$05d",\
                "authenticators":["password"],"idps":["monocloud","google"]},"passkeys":[{"passkey_id":\
                "sM5X24vn_R3YqFvk8o5Hf7l3E1fMeyKnssiAgC%1$05d","name":"IPhone 15 Pro Max","public_key":\
                "MIICYzCCAcygAwIBAgIBADAMQwwCgYDVQBgQD2bZEoZXIgZm9yIE9TLzM5MCAoUkFDRikwDgYDVR0PAQH/BAQDAgAGMA8GA1\
                UdEwEB/wQFMAMB6Vf1nYi/rO+ryMO","aa_guid":"204a871f-f7c4-465c-a81f-83d7ad4d04ee",\
                "backup_state":true,"backup_eligibility":true,"user_present":true,"user_verified":true,\
                "user_agent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:127.0) Gecko/20100101 \
                Firefox/127.0"}],"idps":[{"authenticator":"google","provider_user_id":\
                "79a500f9-aba6-4f03-baec-c18f4b7%1$05d","claims":{"email":"john.doe.%1$05d@example.com",\
                "email_verified":"true","name":"John Doe"}}]}""", n);
    }

    static String userId(long n) {
        return String.format(Locale.ROOT, "u%05d", n);
    }

    private static void deleteDatabase(Path database) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(Path.of(database + suffix));
        }
    }

    /** One connection and the statements it prepared once, running the transaction in a loop. */
    private static final class Worker {

        static final int WARMING_UP = 0;
        static final int MEASURING = 1;
        static final int STOPPED = 2;

        private final Connection connection;
        private final int users;
        private final AtomicLong next;
        /** Where the run is: the main thread moves it on, the worker reads it once per transaction. */
        private final AtomicInteger phase;

        private final PreparedStatement begin;
        private final PreparedStatement commit;
        private final PreparedStatement rollback;
        private final PreparedStatement selectUser;
        private final PreparedStatement retryCheck;
        private final PreparedStatement clear;
        private final PreparedStatement insertEvent;

        long committed;
        long measured;
        long measuredCleared;
        long busy;
        long charsRead;
        long[] samples = new long[1 << 16];
        int sampleCount;

        Worker(Connection connection, int users, AtomicLong next, AtomicInteger phase) throws SQLException {
            this.connection = connection;
            this.users = users;
            this.next = next;
            this.phase = phase;
            this.begin = connection.prepareStatement("BEGIN IMMEDIATE");
            this.commit = connection.prepareStatement("COMMIT");
            this.rollback = connection.prepareStatement("ROLLBACK");
            this.selectUser = connection.prepareStatement(SELECT_USER);
            this.retryCheck = connection.prepareStatement(RETRY_CHECK);
            this.clear = connection.prepareStatement(CLEAR);
            this.insertEvent = connection.prepareStatement(INSERT_EVENT);
        }

        void run() throws SQLException {
            int at;
            while ((at = phase.get()) != STOPPED) {
                String userId = userId(next.getAndIncrement() % users);
                long start = System.nanoTime();
                boolean cleared;
                try {
                    cleared = unblock(userId);
                } catch (SQLException failed) {
                    if (!isBusy(failed)) {
                        throw failed;
                    }
                    // Waited out busy_timeout: the server would answer with an error; count it, go on.
                    rollbackQuietly();
                    busy++;
                    continue;
                }
                long latency = System.nanoTime() - start;
                committed++;
                if (at == MEASURING) {
                    measured++;
                    if (cleared) {
                        measuredCleared++;
                    }
                    if (sampleCount == samples.length) {
                        samples = Arrays.copyOf(samples, samples.length * 2);
                    }
                    samples[sampleCount++] = latency;
                }
            }
        }

        /** The server's unblock transaction; true when it cleared a lockout. */
        private boolean unblock(String userId) throws SQLException {
            long now = System.currentTimeMillis() / 1000;
            String requestId = RequestIds.newId();
            begin.executeUpdate();
            Long blockUntil;
            int failures;
            try (ResultSet row = bind(selectUser, userId).executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no user " + userId);
                }
                // Every column is read, as the server reads the whole user to answer with it.
                charsRead += row.getString(1).length();
                if (row.getBoolean(2) || row.getLong(4) < row.getLong(3)) {
                    throw new IllegalStateException("user " + userId + " is not as loaded");
                }
                long block = row.getLong(5);
                blockUntil = row.wasNull() ? null : block;
                failures = row.getInt(6);
                charsRead += row.getString(7).length();
            }
            retryCheck.setString(1, userId);
            retryCheck.setString(2, requestId);
            try (ResultSet row = retryCheck.executeQuery()) {
                if (row.next()) {
                    throw new IllegalStateException("request id " + requestId + " was applied before");
                }
            }
            boolean blocked = blockUntil != null || failures != 0;
            if (blocked) {
                clear.setLong(1, now);
                clear.setString(2, userId);
                clear.executeUpdate();
            }
            insertEvent.setString(1, EventIds.next().toString());
            insertEvent.setString(2, "user_account_unblocked");
            insertEvent.setString(3, userId);
            insertEvent.setString(4, "sqlite-floor");
            insertEvent.setString(5, requestId);
            insertEvent.setLong(6, now);
            if (blockUntil == null) {
                insertEvent.setNull(7, Types.BIGINT);
            } else {
                insertEvent.setLong(7, blockUntil);
            }
            insertEvent.setInt(8, failures);
            insertEvent.setString(9, blocked ? "cleared" : "not_blocked");
            insertEvent.executeUpdate();
            commit.executeUpdate();
            return blocked;
        }

        private static PreparedStatement bind(PreparedStatement statement, String userId) throws SQLException {
            statement.setString(1, userId);
            return statement;
        }

        private static boolean isBusy(SQLException failed) {
            return failed instanceof SQLiteException sqlite
                    && (sqlite.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code;
        }

        private void rollbackQuietly() {
            try {
                rollback.executeUpdate();
            } catch (SQLException ignored) {
                // No transaction was open (BEGIN IMMEDIATE itself timed out): nothing to roll back.
            }
        }

        void close() throws SQLException {
            connection.close();
        }
    }

    /** The command line. */
    record Options(Path dir, int users, String sync, int threads, int warmupSeconds, int seconds) {

        static Options parse(String[] args) {
            Path dir = null;
            int users = 10_000;
            String sync = "full";
            int threads = 1;
            int warmup = 10;
            int seconds = 20;
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException(USAGE);
            }
            for (int i = 0; i < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--dir" -> dir = Path.of(value);
                    case "--users" -> users = Integer.parseInt(value);
                    case "--sync" -> sync = value;
                    case "--threads" -> threads = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--seconds" -> seconds = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
                }
            }
            if (dir == null
                    || !(sync.equals("full") || sync.equals("normal"))
                    || users < 1
                    || users > 100_000
                    || threads < 1
                    || warmup < 0
                    || seconds < 1) {
                throw new IllegalArgumentException(USAGE + " (--dir needed; 1 to 100000 users, 5-digit ids)");
            }
            return new Options(dir, users, sync, threads, warmup, seconds);
        }
    }
}
