package org.corroborate.service.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What readers type against what the entries say, on a small index of real-looking entries. */
class SearchAnalysisTest {

    private ByteBuffersDirectory directory;
    private DirectoryReader reader;

    @BeforeEach
    void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalysis.analyzer()))) {
            add(writer, "camps", "claim", "HRNK says as many as 120,000 men, women and children are held in prison camps.");
            add(writer, "defectors", "measure", "North Korean defectors resettled in South Korea\n한국에 정착한 탈북민");
            add(writer, "china", "claim", "Between 50,000 and 200,000 North Koreans are living in China.");
            add(writer, "returned", "claim", "China forcibly repatriated more than 2,000 people in a year.");
            add(writer, "unhcr", "claim", "UNHCR registered refugees elsewhere.");
        }
        reader = DirectoryReader.open(directory);
    }

    private static void add(IndexWriter writer, String key, String type, String text) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("key", key, Field.Store.YES));
        doc.add(new StringField("type", type, Field.Store.NO));
        for (String lang : SearchAnalysis.LANGUAGES) {
            doc.add(new TextField("title_" + lang, "", Field.Store.NO));
            doc.add(new TextField("text_" + lang, text, Field.Store.YES));
        }
        writer.addDocument(doc);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    private List<String> find(String text) throws IOException {
        return find(new SearchQuery(text, null, null, null, null, null, null, 0, 10));
    }

    private List<String> find(SearchQuery q) throws IOException {
        return find(q, Synonyms.NONE);
    }

    private List<String> findWith(Synonyms synonyms, String text) throws IOException {
        return find(new SearchQuery(text, null, null, null, null, null, null, 0, 10), synonyms);
    }

    private List<String> find(SearchQuery q, Synonyms synonyms) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> keys = new ArrayList<>();
        for (ScoreDoc d : searcher.search(SearchAnalysis.query(q, synonyms), 10).scoreDocs) {
            keys.add(searcher.storedFields().document(d.doc).get("key"));
        }
        return keys;
    }

    @Test
    void numbersMatchWithOrWithoutThousandsSeparators() throws IOException {
        assertEquals(List.of("camps"), find("120000"));
        assertEquals(List.of("camps"), find("120,000"));
        assertEquals(List.of("china"), find("200 000"));
        assertEquals(List.of(), find("12000"), "a number is not a typo of another number");
    }

    @Test
    void englishWordsAreStemmedAndSmallTyposTolerated() throws IOException {
        assertEquals(List.of("camps"), find("prison camp"));
        assertEquals(List.of("camps"), find("prisn camps"));
        assertEquals(List.of("defectors"), find("defecters"));
        assertEquals(List.of(), find("prison china"), "every word must match");
    }

    @Test
    void koreanIsSplitIntoMorphemes() throws IOException {
        assertEquals(List.of("defectors"), find("탈북민"));
        assertEquals(List.of("defectors"), find("한국 정착"));
        assertTrue(SearchAnalysis.terms("text_ko", "정치범수용소").size() > 1, "Nori decomposes the compound");
    }

    @Test
    void facetsNarrowTheHits() throws IOException {
        assertEquals(List.of("china"), find(new SearchQuery("north", "claim", null, null, null, null, null, 0, 10)));
        assertEquals(List.of("defectors"), find(new SearchQuery("north", "measure", null, null, null, null, null, 0, 10)));
    }

    @Test
    void punctuationAloneIsNoSearch() {
        assertThrows(SearchAnalysis.NoSearchTerms.class, () -> find("?!"));
    }

    private static final Synonyms SYNONYMS = new Synonyms(List.of(
            List.of("탈북민", "탈북자", "defectors", "North Korean refugees"),
            List.of("강제북송", "forced repatriation", "forcibly repatriated"),
            List.of("유엔", "UN", "United Nations")));

    @Test
    void aSynonymFindsEntriesInTheOtherLanguage() throws IOException {
        assertEquals(List.of(), find("탈북자"), "without synonyms, 탈북자 is not in the English entries");
        assertEquals(List.of("defectors"), findWith(SYNONYMS, "탈북자"));
        assertEquals(List.of("defectors"), findWith(SYNONYMS, "탈북자들이"), "a particle stays with its word");
        assertEquals(List.of("returned"), findWith(SYNONYMS, "강제북송"), "a Korean term finds a phrase of English words");
        assertEquals(List.of("returned"), findWith(SYNONYMS, "forced repatriation china"), "with the other words of the query");
        assertEquals(List.of(), findWith(SYNONYMS, "forced repatriation south"), "every other word must still match");
    }

    @Test
    void aLatinSynonymMatchesWholeWordsAndTheLongestTermWins() {
        Synonyms.Split unhcr = SYNONYMS.split("UNHCR refugees");
        assertTrue(unhcr.slots().isEmpty(), "UN is not in UNHCR");
        Synonyms.Split both = SYNONYMS.split("탈북자 forced repatriation");
        assertEquals(2, both.slots().size());
        assertEquals("forced repatriation", "탈북자 forced repatriation".substring(both.slots().get(1).start(), both.slots().get(1).end()));
        assertEquals(List.of(), SearchAnalysis.terms("text_en", both.rest()), "nothing left outside the synonyms");
    }
}
