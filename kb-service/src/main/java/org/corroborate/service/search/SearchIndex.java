package org.corroborate.service.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.corroborate.service.audit.KnowledgeBaseChanged;
import org.corroborate.service.freshness.ChangeRecord;
import org.corroborate.service.freshness.ChangesApplied;
import org.corroborate.service.freshness.RecordedChange;
import org.corroborate.service.shared.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The search index of public entries on this node: searches, and keeping the index current. The index lives on
 * the node's disk ({@code ${kb.data.dir}/search-index}) and follows the database's change record ({@link NodeIndex}):
 * at start it applies the changes recorded since it last stopped, then each batch the node's follower delivers
 * (changes committed on any node), and right after each commit on this node, so that a change is found as soon as
 * the request that made it returns. Searches run concurrently with updates; an update becomes visible when it is
 * committed to the index.
 */
@Singleton
@Startup
@DependsOn("CrossReferenceBackfill")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    static final List<String> FACETS = List.of("type", "topic", "organization", "year", "kind", "status");

    @Inject
    SearchDocuments documents;

    @Inject
    SynonymRepository synonymGroups;

    @Inject
    ChangeRecord changeRecord;

    /** The node's data directory; the index is its {@code search-index} directory. */
    @Inject
    @ConfigProperty(name = "kb.data.dir", defaultValue = "./data")
    String dataDir;

    /** The editors' synonym groups as searches apply them; swapped whole after each committed change to the list. */
    private volatile Synonyms synonyms = Synonyms.NONE;

    @Resource
    ManagedExecutorService executor;

    private NodeIndex index;
    private volatile FacetState facetState;

    private record FacetState(IndexSearcher searcher, SortedSetDocValuesReaderState state) {
    }

    @PostConstruct
    void open() {
        reloadSynonyms();
        Path path = Path.of(dataDir).toAbsolutePath().normalize().resolve("search-index");
        index = new NodeIndex(path, new DatabaseRecord(changeRecord), new DatabaseEntries(documents), executor,
                this::reloadSynonyms);
        try {
            NodeIndex.Start start = index.start();
            LOG.info(() -> start.rebuild() == null
                    ? "Search index in " + path + ": was at change " + start.from() + " of the change record, applied "
                    + (start.to() - start.from()) + " later changes"
                    : "Search index in " + path + ": rebuilding from the database in the background ("
                    + start.rebuild() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be opened in " + path, e);
        }
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
            index.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The search index was not closed cleanly; the next start applies its last changes"
                    + " again", e);
        }
    }

    /**
     * Rebuilds the index from the database in the background; {@link #status()} shows its progress. A rebuild
     * asked for while one runs is ignored.
     *
     * @return false when a rebuild was already running
     */
    public boolean rebuild() {
        return index.rebuild(NodeIndex.Rebuild.ASKED);
    }

    /** Changes committed on any node, as this node's follower of the change record delivers them. */
    public void follow(@Observes ChangesApplied applied) {
        index.follow(applied.changes());
    }

    /**
     * After each commit on this node, the index applies what the record holds beyond its position before the
     * request returns, so the change is found at once; the follower's later delivery of the same changes finds
     * them applied.
     */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) KnowledgeBaseChanged change) {
        index.catchUp();
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
            SearcherManager searchers = index.searchers();
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
                fs = new FacetState(searcher, new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), index.facets()));
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

    /** How this node's index stands: entries, the change it holds up to, a rebuild's progress. */
    public IndexStatus status() {
        return index.status();
    }

    /** The change record in the database, as the index reads it. */
    private record DatabaseRecord(ChangeRecord record) implements NodeIndex.Record {
        @Override
        public String databaseId() {
            return record.databaseId();
        }

        @Override
        public long lastPosition() {
            return record.lastPosition();
        }

        @Override
        public OptionalLong oldestPosition() {
            return record.oldestPosition();
        }

        @Override
        public List<RecordedChange> after(long position, int limit) {
            return record.after(position, limit);
        }
    }

    /** The public entries in the database, as the index reads them. */
    private record DatabaseEntries(SearchDocuments documents) implements NodeIndex.Entries {
        @Override
        public long count() {
            return documents.count();
        }

        @Override
        public List<SearchDocument> claimsAfter(long id, int batch) {
            return documents.claimsAfter(id, batch);
        }

        @Override
        public List<SearchDocument> measuresAfter(long id, int batch) {
            return documents.measuresAfter(id, batch);
        }

        @Override
        public List<SearchDocument> sourcesAfter(long id, int batch) {
            return documents.sourcesAfter(id, batch);
        }

        @Override
        public List<SearchDocument> affectedBy(String entityType, long id) {
            return documents.affectedBy(entityType, id);
        }
    }
}
