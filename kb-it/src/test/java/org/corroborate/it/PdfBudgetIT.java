package org.corroborate.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PDF is read within a budget (pages, unpacked bytes, characters, time): a hostile one is refused quickly with a
 * 400 problem document, on the request thread, and the source keeps no text.
 */
@ExtendWith(TestServer.class)
class PdfBudgetIT {

    private static final String CONTRIBUTOR = "hrnk-contributor";

    @TestServer.Base
    URL base;

    @Test
    void aPdfOfMoreThanTwoThousandPagesIsRefusedQuicklyAndNoTextIsKept() throws Exception {
        Contributions members = new Contributions(base);
        long source = members.source(CONTRIBUTOR, "hrnk", "PDF budget report " + UUID.randomUUID(), "PUBLIC", null);
        byte[] tooManyPages = SourceTextIT.pdf(Collections.nCopies(2_001, List.of("word")));

        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve("api/v1/sources/" + source + "/text"))
                .header("Content-Type", "application/pdf").header("Accept", "application/json")
                .header("Accept-Language", "en").header("Authorization", "Bearer " + members.token(CONTRIBUTOR))
                .timeout(Duration.ofSeconds(10)).PUT(HttpRequest.BodyPublishers.ofByteArray(tooManyPages)).build();
        HttpResponse<String> refused = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                refused.headers().toString());
        assertTrue(refused.body().contains("2,001 pages; the limit is 2,000"), refused.body());
        HttpResponse<String> text = Http.get(base, "api/v1/sources/" + source + "/text");
        assertEquals(404, text.statusCode(), text.body());
    }
}
