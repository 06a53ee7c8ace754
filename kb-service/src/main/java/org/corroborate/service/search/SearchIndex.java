package org.corroborate.service.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.corroborate.service.audit.KnowledgeBaseChanged;
import org.corroborate.service.shared.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The Lucene index of public entries. Searches run concurrently with updates; an update or a rebuild becomes
 * visible when it is committed to the index. A rebuild replaces entries in place, so readers keep finding the old
 * ones until the new ones are in.
 */
@Singleton
@Startup
@DependsOn("CrossReferenceBackfill")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final int BATCH = 500;
    static final List<String> FACETS = List.of("type", "topic", "organization", "year", "kind", "status");

    @Inject
    SearchDocuments documents;

    @Inject
    SynonymRepository synonymGroups;

    /** The editors' synonym groups as searches apply them; swapped whole after each committed change to the list. */
    private volatile Synonyms synonyms = Synonyms.NONE;

    @Resource
    ManagedExecutorService executor;

    private Path path;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private final FacetsConfig facets = new FacetsConfig();
    private volatile FacetState facetState;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong expected = new AtomicLong();
    private volatile Instant built;

    private record FacetState(IndexSearcher searcher, SortedSetDocValuesReaderState state) {
    }

    @PostConstruct
    void open() {
        try {
            path = Files.createTempDirectory("corroborate-index");
            directory = new MMapDirectory(path);
            writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalysis.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be opened in " + path, e);
        }
        facets.setMultiValued("topic", true);
        facets.setMultiValued("organization", true);
        reloadSynonyms();
        rebuild();
    }

    /** Reads the synonym groups again; searches from now on apply them (kept answers are dropped with the old list). */
    void reloadSynonyms() {
        try {
            synonyms = new Synonyms(synonymGroups.all().stream().map(g -> g.getTerms()).toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The search synonyms could not be read; searching without them", e);
        }
    }

    @PreDestroy
    void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The search index was not closed cleanly", e);
        }
    }

    /**
     * Rebuilds the index from the database in the background; {@link #status()} shows its progress. A rebuild
     * asked for while one runs is ignored (the running one reads everything committed before it ends).
     *
     * @return false when a rebuild was already running
     */
    public boolean rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return false;
        }
        done.set(0);
        expected.set(0);
        executor.submit(this::rebuildNow);
        return true;
    }

    private void rebuildNow() {
        long started = System.nanoTime();
        try {
            expected.set(documents.count());
            Instant startedAt = Instant.now();
            feed((after) -> documents.claimsAfter(after, BATCH));
            feed((after) -> documents.measuresAfter(after, BATCH));
            feed((after) -> documents.sourcesAfter(after, BATCH));
            // entries deleted from the database while nothing was listening (or before this start) go away
            writer.deleteDocuments(org.apache.lucene.document.LongPoint.newRangeQuery("indexed", Long.MIN_VALUE,
                    startedAt.toEpochMilli() - 1));
            writer.commit();
            searchers.maybeRefresh();
            built = Instant.now();
            LOG.info(() -> "Search index built: " + done.get() + " entries in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The search index could not be rebuilt", e);
        } finally {
            rebuilding.set(false);
        }
    }

    private interface Batches {
        List<SearchDocument> after(long id);
    }

    private void feed(Batches batches) throws IOException {
        long after = 0;
        while (true) {
            List<SearchDocument> batch = batches.after(after);
            if (batch.isEmpty()) {
                return;
            }
            for (SearchDocument d : batch) {
                put(d);
                if (d.title() != null) {
                    done.incrementAndGet();
                }
            }
            after = batch.get(batch.size() - 1).id();
        }
    }

    /** After each committed change, puts back the entries it touched (or takes them out). */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) KnowledgeBaseChanged change) {
        if (SearchSynonyms.ENTITY.equals(change.entityType())) {
            reloadSynonyms();
            return;
        }
        try {
            if (change.entityId() == null) {
                if (List.of("claim", "source", "measure", "claim-import").contains(change.entityType())) {
                    rebuild();
                }
                return;
            }
            for (SearchDocument d : documents.affectedBy(change.entityType(), change.entityId())) {
                put(d);
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            // the change itself is committed; the index catches up at the next rebuild
            LOG.log(Level.WARNING, "The search index could not follow " + change, e);
        }
    }

    private void put(SearchDocument d) throws IOException {
        Term key = new Term("key", d.key());
        if (d.title() == null) {
            writer.deleteDocuments(key);
            return;
        }
        writer.updateDocument(key, facets.build(document(d)));
    }

    private static Document document(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField("key", d.key(), Field.Store.YES));
        doc.add(new StringField("type", d.type(), Field.Store.YES));
        doc.add(new StoredField("id", d.id()));
        doc.add(new StoredField("path", d.path()));
        doc.add(new StoredField("language", d.language() == null ? "en" : d.language()));
        doc.add(new org.apache.lucene.document.LongPoint("indexed", System.currentTimeMillis()));
        String title = d.title();
        String text = d.text() == null ? "" : d.text();
        doc.add(new StoredField("title", d.title()));
        if (d.titleKo() != null) {
            doc.add(new StoredField("titleKo", d.titleKo()));
        }
        for (String lang : SearchAnalysis.LANGUAGES) {
            doc.add(new TextField("title_" + lang, title, Field.Store.NO));
            doc.add(new TextField("text_" + lang, text, Field.Store.YES));
        }
        doc.add(new SortedSetDocValuesFacetField("type", d.type()));
        for (String t : d.topics()) {
            doc.add(new StringField("topic", t, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField("topic", t));
        }
        for (String o : d.organizations()) {
            doc.add(new StringField("organization", o, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField("organization", o));
        }
        if (d.year() != null) {
            doc.add(new StringField("year", d.year().toString(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField("year", d.year().toString()));
        }
        if (d.kind() != null) {
            doc.add(new StringField("kind", d.kind(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField("kind", d.kind()));
        }
        doc.add(new StringField("status", d.status(), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField("status", d.status()));
        return doc;
    }

    /** The answers given from one state of the index; readers repeat the same searches. */
    private record Answers(IndexReader reader, Synonyms synonyms, Map<SearchQuery, SearchResults> answers) {
    }

    private static final int KEPT_ANSWERS = 1_000;
    private volatile Answers answers;

    /** The answers kept for this state of the index, the least recently asked dropped first; a new state starts afresh. */
    private Map<SearchQuery, SearchResults> answersOf(IndexReader reader, Synonyms synonyms) {
        Answers a = answers;
        if (a == null || a.reader() != reader || a.synonyms() != synonyms) {
            a = new Answers(reader, synonyms, Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<SearchQuery, SearchResults> eldest) {
                    return size() > KEPT_ANSWERS;
                }
            }));
            answers = a;
        }
        return a.answers();
    }

    /** The entries that match, best first, with snippets and facet counts. */
    public SearchResults search(@NotNull @Valid SearchQuery query) {
        try {
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                Synonyms synonyms = this.synonyms;
                Map<SearchQuery, SearchResults> answers = answersOf(searcher.getIndexReader(), synonyms);
                SearchResults known = answers.get(query);
                if (known != null) {
                    return known;
                }
                Query q = SearchAnalysis.query(query, synonyms);
                FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, q,
                        query.offset() + query.limit(), new FacetsCollectorManager());
                TopDocs top = result.topDocs();
                ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs,
                        Math.min(query.offset(), top.scoreDocs.length), top.scoreDocs.length);
                List<SearchResults.Hit> hits = hits(searcher, q, page, query);
                IndexStatus status = status();
                SearchResults found = new SearchResults(query.text(), top.totalHits.value, query.offset(),
                        query.limit(), hits, facetCounts(searcher, result.facetsCollector()), status);
                if (!status.rebuilding()) {
                    answers.put(query, found);
                }
                return found;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SearchAnalysis.NoSearchTerms e) {
            throw InvalidInputException.of(SearchIndex.class, "query.empty");
        }
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, Query q, ScoreDoc[] page, SearchQuery query)
            throws IOException {
        String[] snippets = snippets(searcher, q, page, query);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document doc = searcher.storedFields().document(page[i].doc);
            String year = doc.get("year");
            hits.add(new SearchResults.Hit(doc.get("type"), doc.getField("id").numericValue().longValue(),
                    doc.get("title"), snippets[i], doc.get("path"), doc.get("language"),
                    List.of(doc.getValues("organization")), year == null ? null : Integer.valueOf(year),
                    doc.get("titleKo")));
        }
        return hits;
    }

    private static String[] snippets(IndexSearcher searcher, Query q, ScoreDoc[] page, SearchQuery query)
            throws IOException {
        String[] out = new String[page.length];
        if (page.length == 0) {
            return out;
        }
        TopDocs pageDocs = new TopDocs(new org.apache.lucene.search.TotalHits(page.length,
                org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, SearchAnalysis.analyzer())
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(false)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                .build();
        String[] fields = SearchAnalysis.LANGUAGES.stream().map(l -> "text_" + l).toArray(String[]::new);
        Map<String, String[]> byField = highlighter.highlightFields(fields, q, pageDocs,
                new int[]{2, 2});
        String preferred = SearchAnalysis.looksKorean(query.text()) ? "text_ko" : "text_en";
        for (int i = 0; i < page.length; i++) {
            String best = byField.get(preferred)[i];
            if (best == null || !best.contains("<mark>")) {
                for (String f : fields) {
                    String s = byField.get(f)[i];
                    if (s != null && s.contains("<mark>")) {
                        best = s;
                        break;
                    }
                }
            }
            out[i] = best;
        }
        return out;
    }

    private Map<String, List<SearchResults.FacetCount>> facetCounts(IndexSearcher searcher, FacetsCollector collector)
            throws IOException {
        FacetState fs = facetState;
        if (fs == null || fs.searcher().getIndexReader() != searcher.getIndexReader()) {
            try {
                fs = new FacetState(searcher, new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facets));
            } catch (IllegalArgumentException noFacetsYet) {
                return Map.of();
            }
            facetState = fs;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(fs.state(), collector);
        Map<String, List<SearchResults.FacetCount>> out = new LinkedHashMap<>();
        for (String dim : FACETS) {
            FacetResult r;
            try {
                r = counts.getTopChildren(dim.equals("year") ? 50 : 20, dim);
            } catch (IllegalArgumentException noSuchDimension) {
                r = null;
            }
            List<SearchResults.FacetCount> values = new ArrayList<>();
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new SearchResults.FacetCount(lv.label, lv.value.longValue()));
                }
            }
            if (dim.equals("year")) {
                values.sort(Comparator.comparing(SearchResults.FacetCount::value).reversed());
            }
            out.put(dim, List.copyOf(values));
        }
        return out;
    }

    public IndexStatus status() {
        long entries;
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                entries = searcher.count(new MatchAllDocsQuery());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IndexStatus(entries, rebuilding.get(), done.get(), expected.get(), built);
    }
}
