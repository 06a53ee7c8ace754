package org.corroborate.service.storage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded database's disk: where it is, and changes refused while it has less than the reserve free. */
class DiskRoomTest {

    @TempDir
    Path data;

    @AfterEach
    void forget() {
        DiskRoom.unwatched();
    }

    @Test
    void changesAreRefusedAsAStorageFailureWhileTheDiskHasLessThanTheReserve() throws IOException {
        DiskRoom.watch(data.resolve("not-yet-made"), Long.MAX_VALUE);
        assertTrue(DiskRoom.low());
        RuntimeException refused = assertThrows(RuntimeException.class, DiskRoom::refuseIfLow);
        assertTrue(StorageFailures.isStorageFailure(new IllegalStateException("rolled back", refused)));
    }

    @Test
    void changesPassWithRoomToSpareOrNothingWatched() throws IOException {
        DiskRoom.watch(data, 1);
        assertFalse(DiskRoom.low());
        assertDoesNotThrow(DiskRoom::refuseIfLow);
        DiskRoom.unwatched();
        assertFalse(DiskRoom.low());
    }

    @Test
    void theDirectoryOfAnEmbeddedDatabaseComesFromItsUrl() {
        assertEquals(Optional.of(Path.of("/var/lib/corroborate")),
                Storage.h2Directory("jdbc:h2:file:/var/lib/corroborate/kb;WRITE_DELAY=0"));
        assertEquals(Optional.of(Path.of("data").toAbsolutePath()), Storage.h2Directory("jdbc:h2:./data/corroborate"));
        assertEquals(Optional.empty(), Storage.h2Directory("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"));
        assertEquals(Optional.empty(), Storage.h2Directory("jdbc:h2:tcp://db.example/corroborate"));
    }
}
