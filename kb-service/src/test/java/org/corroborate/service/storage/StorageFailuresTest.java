package org.corroborate.service.storage;

import org.junit.jupiter.api.Test;

import jakarta.transaction.SystemException;

import javax.transaction.xa.XAException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A change that failed for lack of storage is told from one the database refused for its content. */
class StorageFailuresTest {

    @Test
    void postgresqlDiskFullDeepInTheCauseChainIsAStorageFailure() {
        SQLException diskFull = new SQLException("could not extend file \"base/16384/16390\": No space left on device", "53100");
        RuntimeException wrapped = new IllegalStateException("Transaction rolled back",
                new RuntimeException("Exception [EclipseLink-4002]", diskFull));
        assertTrue(StorageFailures.isStorageFailure(wrapped));
    }

    @Test
    void lostConnectionsAndOperatorShutdownAreStorageFailures() {
        assertTrue(StorageFailures.isStorageFailure(new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertTrue(StorageFailures.isStorageFailure(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(StorageFailures.isStorageFailure(new java.sql.SQLNonTransientConnectionException("closed")));
    }

    @Test
    void aShutDownEmbeddedDatabaseIsAStorageFailure() throws SQLException {
        String url = "jdbc:h2:mem:storage-failures;DB_CLOSE_DELAY=-1";
        try (Connection pooled = DriverManager.getConnection(url); Connection operator = DriverManager.getConnection(url)) {
            operator.createStatement().execute("SHUTDOWN");
            SQLException closed = assertThrows(SQLException.class, () -> pooled.createStatement().executeQuery("SELECT 1"));
            assertTrue(StorageFailures.isStorageFailure(closed), closed.toString());
        }
    }

    @Test
    void aCommitTheDatabaseCouldNotWriteIsAStorageFailure() {
        // what Payara's transaction manager throws when H2 fails to write a commit (the resource's exception is
        // only text in the XAException's message)
        XAException xa = new XAException("jakarta.resource.spi.LocalTransactionException: General error: "
                + "\"org.h2.mvstore.MVStoreException: Writing to sun.nio.ch.FileChannelImpl failed\"");
        SystemException commit = new SystemException();
        commit.initCause(xa);
        assertTrue(StorageFailures.isStorageFailure(new RuntimeException("Unable to complete container-managed transaction", commit)));
    }

    @Test
    void constraintViolationsAndSyntaxErrorsAreNot() {
        assertFalse(StorageFailures.isStorageFailure(new SQLIntegrityConstraintViolationException("duplicate key", "23505")));
        assertFalse(StorageFailures.isStorageFailure(new SQLException("syntax error", "42601")));
        assertFalse(StorageFailures.isStorageFailure(new IllegalArgumentException("bad")));
    }

    @Test
    void aCauseChainWithACycleEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(StorageFailures.isStorageFailure(a));
    }
}
