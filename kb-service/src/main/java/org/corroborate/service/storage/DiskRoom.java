package org.corroborate.service.storage;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the embedded database from ever meeting a full disk: a change is refused (as a failure of storage, 503)
 * while the filesystem that holds the database's file has less than a reserve free.
 *
 * <p>Why: H2's storage engine does not survive a full disk with several commits at once. Measured on a 3 MB tmpfs
 * with four writers and {@code WRITE_DELAY 0}: H2 2.2.224 (Payara Micro's) left a file it could not open again
 * ("File corrupted ... Double mark"); 2.3.232 acknowledged 3 commits it had not written. A disk fills over minutes,
 * so a reserve of some megabytes stops new changes long before H2 needs room it does not have. PostgreSQL needs no
 * such guard: it refuses a change it cannot store (SQL state 53100) and loses nothing.
 *
 * <p>The state is static because EclipseLink makes its session listener ({@link RoomBeforeCommit}) itself;
 * {@link Storage} sets it once at start.
 */
public final class DiskRoom {

    private static volatile FileStore watched;
    private static volatile long reserveBytes;

    private DiskRoom() {
    }

    /** Watches the filesystem of this directory (the embedded database's) with this reserve. */
    static void watch(Path directory, long reserve) throws IOException {
        Path existing = directory.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        watched = existing == null ? null : Files.getFileStore(existing);
        reserveBytes = reserve;
    }

    /** Watches nothing (PostgreSQL, or tests). */
    static void unwatched() {
        watched = null;
    }

    /** True when the watched filesystem has less than the reserve free (false when nothing is watched). */
    public static boolean low() {
        FileStore store = watched;
        if (store == null) {
            return false;
        }
        try {
            return store.getUsableSpace() < reserveBytes;
        } catch (IOException e) {
            return true;
        }
    }

    /** Refuses a change while {@link #low()}. */
    public static void refuseIfLow() {
        if (low()) {
            throw new StorageFullException(reserveBytes);
        }
    }

    /** A change refused because the embedded database's disk is nearly full. */
    public static final class StorageFullException extends RuntimeException {
        StorageFullException(long reserve) {
            super("The disk of the embedded database has less than " + reserve / (1024 * 1024)
                    + " MB free: changes are refused until an operator makes room");
        }
    }
}
