package org.corroborate.service.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.corroborate.service.freshness.RecordedChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The node's index on a real Lucene directory in a temporary folder, against a database and change record kept in
 * memory: what a restart keeps, what it reads again, and when it rebuilds.
 */
class NodeIndexTest {

    @TempDir
    Path folder;

    private final List<NodeIndex> opened = new ArrayList<>();
    private int synonymReloads;

    @AfterEach
    void closeAll() throws IOException {
        for (NodeIndex index : opened) {
            index.close();
        }
    }

    // ---------------------------------------------------------------- a first start, a restart

    @Test
    void aNewIndexIsBuiltFromTheDatabaseAndRecordsWhereItStands() throws IOException {
        Database db = Database.demo("db-1");

        NodeIndex index = open(db, Runnable::run);

        assertEquals(NodeIndex.Rebuild.MISSING, lastStart.rebuild());
        assertEquals(Set.of("claim:1", "claim:2", "measure:1", "source:1"), keys(index));
        Map<String, String> committed = committed();
        assertEquals(Integer.toString(NodeIndex.SCHEMA), committed.get(NodeIndex.SCHEMA_KEY));
        assertEquals("db-1", committed.get(NodeIndex.DATABASE_KEY));
        assertEquals("4", committed.get(NodeIndex.POSITION_KEY), "the record's last change when it was built");
        assertTrue(committed.containsKey(NodeIndex.BUILT_KEY));
        IndexStatus status = index.status();
        assertEquals(4, status.entries());
        assertEquals(4, index.position());
        assertFalse(status.rebuilding());
    }

    @Test
    void aRestartKeepsTheIndexAndReadsNothingItHolds() throws IOException {
        Database db = Database.demo("db-1");
        NodeIndex first = open(db, Runnable::run);
        IndexStatus before = first.status();
        close(first);
        db.reads.clear();

        NodeIndex again = open(db, Runnable::run);

        assertNull(lastStart.rebuild(), "caught up, not rebuilt");
        assertEquals(4, lastStart.from());
        assertEquals(4, lastStart.to());
        assertEquals(List.of(), db.reads, "no entry read again");
        assertEquals(Set.of("claim:1", "claim:2", "measure:1", "source:1"), keys(again));
        assertEquals(before.built(), again.status().built(), "built when it was built, before the restart");
    }

    @Test
    void aRestartAppliesOnlyTheChangesRecordedSinceItStopped() throws IOException {
        Database db = Database.demo("db-1");
        close(open(db, Runnable::run));
        db.put("claim", 2, "up to 120,000 — revised");
        db.remove("source", 1);
        db.put("claim", 3, "about 31,000 defectors");
        db.reads.clear();

        NodeIndex index = open(db, Runnable::run);

        assertNull(lastStart.rebuild());
        assertEquals(4, lastStart.from());
        assertEquals(7, lastStart.to());
        assertEquals(List.of("affected claim:2", "affected source:1", "affected claim:3"), db.reads,
                "the three later changes, and nothing the index held already");
        assertEquals(Set.of("claim:1", "claim:2", "claim:3", "measure:1"), keys(index));
        assertEquals("up to 120,000 — revised", title(index, "claim:2"));
        assertEquals("7", committed().get(NodeIndex.POSITION_KEY));
    }

    // ---------------------------------------------------------------- when a start rebuilds

    @Test
    void anIndexOfAnotherShapeIsRebuiltInTheBackgroundWhileSearchesFindWhatItHolds() throws IOException {
        Database db = Database.demo("db-1");
        close(open(db, Runnable::run));
        recommit(Map.of(NodeIndex.SCHEMA_KEY, "0"));
        db.remove("claim", 1);
        Held later = new Held();

        NodeIndex index = open(db, later);

        assertEquals(NodeIndex.Rebuild.SCHEMA, lastStart.rebuild());
        assertTrue(index.status().rebuilding(), "the status says so");
        assertTrue(keys(index).contains("claim:1"), "searches answer from what the index holds meanwhile");
        assertFalse(committed().containsKey(NodeIndex.POSITION_KEY), "a stop now would rebuild again");

        later.runAll();

        assertFalse(index.status().rebuilding());
        assertEquals(Set.of("claim:2", "measure:1", "source:1"), keys(index), "what the database holds now");
        assertEquals(Integer.toString(NodeIndex.SCHEMA), committed().get(NodeIndex.SCHEMA_KEY));
        assertEquals("5", committed().get(NodeIndex.POSITION_KEY));
    }

    @Test
    void anIndexOfAnotherDatabaseIsEmptiedAndRebuilt() throws IOException {
        close(open(Database.demo("db-1"), Runnable::run));
        Database other = new Database("db-2");
        other.put("claim", 7, "50,000 to 200,000 in China");
        Held later = new Held();

        NodeIndex index = open(other, later);

        assertEquals(NodeIndex.Rebuild.DATABASE, lastStart.rebuild());
        assertEquals(Set.of(), keys(index), "nothing of the other database is found meanwhile");
        later.runAll();
        assertEquals(Set.of("claim:7"), keys(index));
        assertEquals("db-2", committed().get(NodeIndex.DATABASE_KEY));
    }

    @Test
    void anIndexFurtherBehindThanTheRecordKeepsIsRebuilt() throws IOException {
        Database db = Database.demo("db-1");
        close(open(db, Runnable::run));
        db.put("claim", 3, "about 31,000 defectors");
        db.put("claim", 4, "up to 200,000");
        db.pruneUpTo(5);

        NodeIndex index = open(db, Runnable::run);

        assertEquals(NodeIndex.Rebuild.PRUNED, lastStart.rebuild(), "change 5 is gone from the record");
        assertEquals(Set.of("claim:1", "claim:2", "claim:3", "claim:4", "measure:1", "source:1"), keys(index));
        assertEquals("6", committed().get(NodeIndex.POSITION_KEY));
    }

    @Test
    void anIndexAheadOfItsDatabaseIsRebuilt() throws IOException {
        Database db = Database.demo("db-1");
        close(open(db, Runnable::run));
        recommit(Map.of(NodeIndex.POSITION_KEY, "40"));

        open(db, Runnable::run);

        assertEquals(NodeIndex.Rebuild.AHEAD, lastStart.rebuild(), "the database was restored from an older backup");
        assertEquals("4", committed().get(NodeIndex.POSITION_KEY));
    }

    @Test
    void aRebuildCutShortByAStopIsDoneAgainAtTheNextStart() throws IOException {
        Database db = Database.demo("db-1");
        close(open(db, Runnable::run));
        recommit(Map.of(NodeIndex.SCHEMA_KEY, "0"));
        close(open(db, new Held()));

        open(db, Runnable::run);

        assertEquals(NodeIndex.Rebuild.UNFINISHED, lastStart.rebuild());
    }

    @Test
    void anotherProcessHoldingTheDirectoryIsAClearError() throws IOException {
        open(Database.demo("db-1"), Runnable::run);

        NodeIndex second = new NodeIndex(folder, Database.demo("db-1"), Database.demo("db-1"), Runnable::run, () -> { });
        IOException refused = assertThrows(IOException.class, second::start);

        assertTrue(refused.getMessage().contains("in use by another process"), refused.getMessage());
        assertTrue(refused.getMessage().contains("kb.data.dir"), refused.getMessage());
    }

    // ---------------------------------------------------------------- following the record

    @Test
    void followingAppliesEachChangeOnceAndFillsAGapFromTheRecord() throws IOException {
        Database db = Database.demo("db-1");
        NodeIndex index = open(db, Runnable::run);
        db.put("claim", 2, "up to 120,000 — revised");
        db.put("claim", 3, "about 31,000 defectors");
        db.reads.clear();

        index.follow(db.changes.subList(4, 5));
        index.follow(db.changes.subList(4, 6));

        assertEquals(List.of("affected claim:2", "affected claim:3"), db.reads, "change 5 once, then change 6");
        assertEquals(6, index.position());

        db.put("claim", 4, "up to 200,000");
        db.put("claim", 5, "80,000 to 120,000");
        db.reads.clear();
        index.follow(db.changes.subList(7, 8));

        assertEquals(List.of("affected claim:4", "affected claim:5"), db.reads, "change 7 read from the record");
        assertEquals(Set.of("claim:1", "claim:2", "claim:3", "claim:4", "claim:5", "measure:1", "source:1"),
                keys(index));
        assertEquals("8", committed().get(NodeIndex.POSITION_KEY));
    }

    @Test
    void catchingUpAfterALocalCommitLeavesNothingForTheFollower() throws IOException {
        Database db = Database.demo("db-1");
        NodeIndex index = open(db, Runnable::run);
        db.put("claim", 3, "about 31,000 defectors");

        assertEquals(1, index.catchUp());
        assertTrue(keys(index).contains("claim:3"));
        db.reads.clear();
        index.follow(db.changes.subList(4, 5));

        assertEquals(List.of(), db.reads);
    }

    @Test
    void aFailedWriteKeepsThePositionAndTheChangeIsAppliedAgain() throws IOException {
        Database db = Database.demo("db-1");
        NodeIndex index = open(db, Runnable::run);
        db.put("claim", 2, "up to 120,000 — revised");
        db.failing = new IllegalStateException("the database went away");

        index.follow(db.changes.subList(4, 5));

        assertEquals(4, index.position());
        assertEquals("4", committed().get(NodeIndex.POSITION_KEY));
        close(index);

        db.failing = null;
        NodeIndex restarted = open(db, Runnable::run);
        assertNull(lastStart.rebuild());
        assertEquals(5, lastStart.to(), "applied again at the next start");
        assertEquals("up to 120,000 — revised", title(restarted, "claim:2"));
    }

    @Test
    void aSynonymChangeReloadsTheSynonymsAndAnImportRebuilds() throws IOException {
        Database db = Database.demo("db-1");
        NodeIndex index = open(db, Runnable::run);
        db.record(SearchSynonyms.ENTITY, 3L);
        db.reads.clear();

        index.follow(db.changes.subList(4, 5));

        assertEquals(1, synonymReloads);
        assertEquals(List.of(), db.reads, "a synonym is nothing the index holds");

        db.entries.put("claim:8", Database.doc("claim", 8, "imported 10,000"));
        db.entries.put("claim:9", Database.doc("claim", 9, "imported 20,000"));
        db.record("claim-import", null);
        index.follow(db.changes.subList(5, 6));

        assertTrue(db.reads.contains("claims after 0"), "rebuilt: " + db.reads);
        assertTrue(keys(index).containsAll(Set.of("claim:8", "claim:9")));
        assertEquals(6, index.position());
    }

    // ---------------------------------------------------------------- helpers

    private NodeIndex.Start lastStart;

    private NodeIndex open(Database db, Executor executor) throws IOException {
        NodeIndex index = new NodeIndex(folder, db, db, executor, () -> synonymReloads++);
        lastStart = index.start();
        opened.add(index);
        return index;
    }

    private void close(NodeIndex index) throws IOException {
        opened.remove(index);
        index.close();
    }

    private Map<String, String> committed() throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder)) {
            return SegmentInfos.readLatestCommit(directory).getUserData();
        }
    }

    /** Commits the closed index again with some of its commit data replaced. */
    private void recommit(Map<String, String> replaced) throws IOException {
        Map<String, String> data = new HashMap<>(committed());
        data.putAll(replaced);
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
    }

    private static Set<String> keys(NodeIndex index) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Document d : all(index)) {
            keys.add(d.get("key"));
        }
        return keys;
    }

    private static String title(NodeIndex index, String key) throws IOException {
        return all(index).stream().filter(d -> key.equals(d.get("key"))).map(d -> d.get("title")).findFirst()
                .orElse(null);
    }

    private static List<Document> all(NodeIndex index) throws IOException {
        SearcherManager searchers = index.searchers();
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            List<Document> docs = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(new MatchAllDocsQuery(), 1000).scoreDocs) {
                docs.add(searcher.storedFields().document(hit.doc));
            }
            return docs;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Runs what it was given when told to: a rebuild in the background, caught in the middle. */
    private static final class Held implements Executor {
        private final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.remove(0).run();
            }
        }
    }

    /** The public entries of a database and its change record, in memory; it notes what the index reads. */
    private static final class Database implements NodeIndex.Record, NodeIndex.Entries {
        final String id;
        final Map<String, SearchDocument> entries = new TreeMap<>();
        final List<RecordedChange> changes = new ArrayList<>();
        final List<String> reads = new ArrayList<>();
        long prunedUpTo;
        RuntimeException failing;

        Database(String id) {
            this.id = id;
        }

        /** Two claims, their measure and a source, each recorded as a change (positions 1 to 4). */
        static Database demo(String id) {
            Database db = new Database(id);
            db.put("measure", 1, "North Koreans in China");
            db.put("source", 1, "Report on North Koreans in China");
            db.put("claim", 1, "50,000 to 200,000");
            db.put("claim", 2, "up to 120,000");
            return db;
        }

        void put(String type, long id, String title) {
            entries.put(type + ":" + id, doc(type, id, title));
            record(type, id);
        }

        void remove(String type, long id) {
            entries.remove(type + ":" + id);
            record(type, id);
        }

        void record(String type, Long id) {
            changes.add(new RecordedChange(changes.size() + 1, Instant.now(), type, id, true, Set.of("everything")));
        }

        void pruneUpTo(long position) {
            prunedUpTo = position;
        }

        static SearchDocument doc(String type, long id, String title) {
            return new SearchDocument(type + ":" + id, type, id, title, title + " (text)", "en", type + "s/" + id,
                    List.of("refugees"), List.of("HRNK"), 2024, null, "verified", null);
        }

        @Override
        public String databaseId() {
            return id;
        }

        @Override
        public long lastPosition() {
            return changes.size();
        }

        @Override
        public OptionalLong oldestPosition() {
            return prunedUpTo >= changes.size() ? OptionalLong.empty() : OptionalLong.of(prunedUpTo + 1);
        }

        @Override
        public List<RecordedChange> after(long position, int limit) {
            return changes.stream().filter(c -> c.position() > position && c.position() > prunedUpTo).limit(limit)
                    .toList();
        }

        @Override
        public long count() {
            return entries.size();
        }

        @Override
        public List<SearchDocument> claimsAfter(long after, int batch) {
            return of("claim", after, batch);
        }

        @Override
        public List<SearchDocument> measuresAfter(long after, int batch) {
            return of("measure", after, batch);
        }

        @Override
        public List<SearchDocument> sourcesAfter(long after, int batch) {
            return of("source", after, batch);
        }

        private List<SearchDocument> of(String type, long after, int batch) {
            reads.add(type + "s after " + after);
            return entries.values().stream().filter(d -> d.type().equals(type) && d.id() > after)
                    .sorted(java.util.Comparator.comparingLong(SearchDocument::id)).limit(batch).toList();
        }

        @Override
        public List<SearchDocument> affectedBy(String entityType, long id) {
            reads.add("affected " + entityType + ":" + id);
            if (failing != null) {
                throw failing;
            }
            SearchDocument d = entries.get(entityType + ":" + id);
            return List.of(d != null ? d : new SearchDocument(entityType + ":" + id, entityType, id, null, null, null,
                    null, List.of(), List.of(), null, null, null, null));
        }
    }
}
