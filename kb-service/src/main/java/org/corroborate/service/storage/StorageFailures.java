package org.corroborate.service.storage;

import jakarta.resource.ResourceException;
import jakarta.transaction.SystemException;

import javax.transaction.xa.XAException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a failure of storage (the database cannot write or cannot be reached: a full disk, an I/O error, a closed
 * or unreachable database, no connection to be had) from every other error. The change that met it was not
 * stored; trying again later, once an operator has made room, can succeed.
 */
public final class StorageFailures {

    /** H2's error codes for a database that cannot read, write or stay open (org.h2.api.ErrorCode). */
    private static final Set<Integer> H2_STORAGE_CODES = Set.of(
            90028, // IO_EXCEPTION_1
            90031, // IO_EXCEPTION_2
            90030, // FILE_CORRUPTED_1
            90098, // DATABASE_IS_CLOSED
            90121, // DATABASE_CALLED_AT_SHUTDOWN
            90097, // DATABASE_IS_READ_ONLY
            90108, // OUT_OF_MEMORY
            90100, // NO_DISK_SPACE_AVAILABLE
            90062); // FILE_CREATION_FAILED_1

    private StorageFailures() {
    }

    /** True when {@code thrown} or one of its causes says that the database could not store or reach its data. */
    public static boolean isStorageFailure(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = thrown; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof DiskRoom.StorageFullException
                    || t instanceof SQLException sql && isStorage(sql)) {
                return true;
            }
            // H2's storage engine fails with its own exception (as the cause of a general error, 50000)
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return true;
            }
            // the connection pool could not give a connection, or the database could not commit: the transaction
            // manager reports it without the database's own exception (a SystemException caused by an XAException
            // that holds only the text of the resource's failure)
            if (t instanceof ResourceException || t instanceof SystemException || t instanceof XAException) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed != t && isStorageFailure(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isStorage(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            // 08: connection exception; 53: insufficient resources (53100 disk full); 57P: operator intervention
            // (the server is shutting down or starting); 58: system error (58030 I/O error); 25006: read-only
            if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P") || state.startsWith("58")
                    || state.equals("25006")) {
                return true;
            }
        }
        return "org.h2".equals(packageOf(e)) && H2_STORAGE_CODES.contains(e.getErrorCode())
                || e instanceof java.sql.SQLNonTransientConnectionException
                || e instanceof java.sql.SQLTransientConnectionException;
    }

    private static String packageOf(Throwable e) {
        String name = e.getClass().getName();
        int second = name.indexOf('.', name.indexOf('.') + 1);
        return second < 0 ? name : name.substring(0, second);
    }
}
