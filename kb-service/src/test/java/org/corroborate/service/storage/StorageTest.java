package org.corroborate.service.storage;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Readiness of storage on a real (embedded) database: the probe's write, and a member's change that failed. */
class StorageTest {

    private JdbcDataSource database;
    private Storage storage;

    @BeforeEach
    void database() throws SQLException {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:storage-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = database.getConnection()) {
            connection.createStatement().execute("CREATE TABLE storage_probe (id INTEGER NOT NULL PRIMARY KEY, probed_at TIMESTAMP NOT NULL)");
            connection.createStatement().execute("INSERT INTO storage_probe VALUES (1, CURRENT_TIMESTAMP)");
        }
        storage = new Storage(Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC));
        storage.dataSource = database;
    }

    @Test
    void theEmbeddedDatabaseWritesEachCommitBeforeItReturns() throws SQLException {
        storage.durableCommits();
        try (Connection connection = database.getConnection();
             ResultSet setting = connection.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertTrue(setting.next());
            assertEquals("0", setting.getString(1));
        }
    }

    @Test
    void writableWhenTheProbeIsStored() throws SQLException {
        assertTrue(storage.writable());
        try (Connection connection = database.getConnection();
             ResultSet probed = connection.createStatement().executeQuery("SELECT probed_at FROM storage_probe")) {
            assertTrue(probed.next());
            assertEquals(storage.clock.instant(), probed.getTimestamp(1).toInstant());
        }
    }

    @Test
    void notWritableWhenTheDatabaseRefusesTheProbe() throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.createStatement().execute("SET EXCLUSIVE 1"); // another session holds the database
            assertFalse(storage.writable());
        }
    }

    @Test
    void aFailedChangeKeepsItDownUntilAChangeIsStoredOrTheHoldPasses() {
        storage.failed(new SQLException("No space left on device", "53100"));
        assertFalse(storage.writable(), "the probe alone may succeed on a full disk");
        advance(Storage.FAILURE_HOLD.minusSeconds(1));
        assertFalse(storage.writable());
        storage.stored();
        assertTrue(storage.writable(), "a change stored since the failure");

        storage.failed(new SQLException("No space left on device", "53100"));
        advance(Storage.FAILURE_HOLD.plusSeconds(1));
        assertTrue(storage.writable(), "nothing has failed for longer than the hold");
    }

    private void advance(Duration by) {
        storage.clock = Clock.offset(storage.clock, by);
    }
}
