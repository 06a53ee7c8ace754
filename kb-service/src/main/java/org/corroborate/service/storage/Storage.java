package org.corroborate.service.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.corroborate.service.audit.KnowledgeBaseChanged;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the database can store changes now.
 *
 * <p>At start it checks that the embedded H2 database writes each commit to its file before the commit returns
 * ({@code WRITE_DELAY=0} in its URL; H2's default, 500 ms, acknowledges commits it may never write: on a full disk it
 * lost most of them, and a {@code kill -9} loses the last half second), and refuses changes while the disk under its file is nearly full ({@link DiskRoom}). {@link #writable()} answers the readiness check: it rewrites one row, which fails when the database cannot
 * store a change, and it stays false for a while after a member's change failed for lack of storage, until a change
 * is stored again (PostgreSQL can rewrite a row in place on a full disk while every insert fails).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class Storage {

    /** How long a storage failure met by a change keeps readiness DOWN unless a change is stored since. */
    static final Duration FAILURE_HOLD = Duration.ofSeconds(30);

    /** The room the embedded database keeps free on its disk, unless kb.storage.reserve-mb says otherwise. */
    static final long DEFAULT_RESERVE_MB = 64;

    private static final Logger LOG = Logger.getLogger(Storage.class.getName());

    @Resource(lookup = "java:app/jdbc/kb")
    DataSource dataSource;

    /** Set by tests, to move time. */
    Clock clock;

    /** When a change last failed for lack of storage, if no change has been stored since; null otherwise. */
    private final AtomicReference<Instant> failedAt = new AtomicReference<>();

    public Storage() {
        this(Clock.systemUTC());
    }

    Storage(Clock clock) {
        this.clock = clock;
    }

    @PostConstruct
    void durableCommits() {
        try (Connection connection = dataSource.getConnection()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                String url = connection.getMetaData().getURL();
                if (!url.toUpperCase(Locale.ROOT).replace(" ", "").contains(";WRITE_DELAY=0")) {
                    // H2 keeps the setting in its file but applies it only from the URL when it opens the file again
                    LOG.warning("The embedded database's URL has no ;WRITE_DELAY=0: H2 will acknowledge commits up to"
                            + " 500 ms before it writes them whenever it reopens the file. Add it to KB_DB_URL.");
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0"); // this open database, at once
                }
                Optional<Path> directory = h2Directory(url);
                String guard = "";
                if (directory.isPresent()) {
                    long reserve = reserveMegabytes();
                    DiskRoom.watch(directory.get(), reserve * 1024 * 1024);
                    guard = "; changes are refused while its disk (" + directory.get() + ") has less than " + reserve + " MB free";
                }
                LOG.info("Embedded H2 database: each commit is written to its file before it returns (WRITE_DELAY 0)"
                        + guard + ".");
            } else {
                DiskRoom.unwatched();
            }
        } catch (SQLException | IOException e) {
            // readiness reports the database; the server must still start to say so
            LOG.log(Level.WARNING, "Could not make the embedded database's commits durable", e);
        }
    }

    /**
     * True when the database stored a test change now and no member's change has failed for lack of storage
     * within the last {@link #FAILURE_HOLD} without a change stored since.
     */
    public boolean writable() {
        if (!probe()) {
            return false;
        }
        Instant failed = failedAt.get();
        return failed == null || failed.plus(FAILURE_HOLD).isBefore(clock.instant());
    }

    /** Notes that a change failed because the database could not store it ({@link StorageFailures}). */
    public void failed(Throwable cause) {
        failedAt.set(clock.instant());
        LOG.log(Level.WARNING, "A change could not be stored: the database cannot write (" + rootMessage(cause) + ")");
    }

    /** A change was committed: the database stores changes again. */
    public void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) KnowledgeBaseChanged change) {
        stored();
    }

    void stored() {
        if (failedAt.getAndSet(null) != null) {
            LOG.info("The database stores changes again.");
        }
    }

    private boolean probe() {
        if (DiskRoom.low()) {
            return false; // no write on a disk the embedded database needs the rest of
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE storage_probe SET probed_at = ? WHERE id = 1")) {
            connection.setAutoCommit(true);
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            return update.executeUpdate() == 1;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** The directory of an embedded H2 database's file, from its JDBC URL; empty for an in-memory or remote one. */
    static Optional<Path> h2Directory(String url) {
        String rest = url.substring("jdbc:h2:".length());
        int settings = rest.indexOf(';');
        rest = settings < 0 ? rest : rest.substring(0, settings);
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:") || rest.startsWith("zip:")) {
            return Optional.empty();
        }
        Path file = Path.of(rest.startsWith("~") ? System.getProperty("user.home") + rest.substring(1) : rest);
        return Optional.ofNullable(file.toAbsolutePath().normalize().getParent());
    }

    private static long reserveMegabytes() {
        return ConfigProvider.getConfig().getOptionalValue("kb.storage.reserve-mb", Long.class).orElse(DEFAULT_RESERVE_MB);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
