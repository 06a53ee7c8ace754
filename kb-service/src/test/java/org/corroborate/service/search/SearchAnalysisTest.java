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
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> keys = new ArrayList<>();
        for (ScoreDoc d : searcher.search(SearchAnalysis.query(q), 10).scoreDocs) {
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
}
