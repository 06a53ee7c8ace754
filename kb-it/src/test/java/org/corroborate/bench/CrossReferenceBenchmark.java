package org.corroborate.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.corroborate.it.Deployments;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.claim.NewClaim;
import org.corroborate.service.claim.NewClaim.ClaimContent;
import org.corroborate.service.claim.NewClaim.FigureInput;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.claim.NewClaim.PeriodInput;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How long submitting a claim takes as the knowledge base grows: the whole service call, in its transaction, with
 * the incremental cross-referencing of the claim against the other claims of its measure. Prints figures for each
 * size (default 10,000 and 100,000 claims; set {@code KB_BENCH_SIZES=10000,100000}); asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
class CrossReferenceBenchmark {

    private static final int WARM_UP = 100;
    private static final int TIMED = 300;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(CrossReferenceBenchmark.class, SyntheticKnowledgeBase.class);
    }

    @Resource(lookup = "java:app/jdbc/kb")
    DataSource dataSource;

    @Inject
    Claims claims;

    @Test
    void submittingAClaimCostsTheSameAtTenAndAHundredThousandClaims() throws Exception {
        SyntheticKnowledgeBase kb = new SyntheticKnowledgeBase(dataSource);
        List<Long> sizes = Arrays.stream(System.getenv().getOrDefault("KB_BENCH_SIZES", "10000,100000").split(","))
                .map(String::strip).map(Long::valueOf).toList();
        String database = databaseName();
        List<double[]> results = new ArrayList<>();
        for (long size : sizes) {
            long started = System.nanoTime();
            kb.growTo(size);
            double seconds = (System.nanoTime() - started) / 1e9;
            print("%s: %,d synthetic claims on %,d measures (generated in %.1f s)", database, kb.claims(), kb.measures(), seconds);
            submit(kb, WARM_UP, size);
            double[] ms = submit(kb, TIMED, size);
            Arrays.sort(ms);
            results.add(ms);
            print("  submit a claim, %d timed after %d warm-up: mean %.2f ms, median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                    TIMED, WARM_UP, Arrays.stream(ms).average().orElse(0), at(ms, 0.50), at(ms, 0.95), at(ms, 0.99), ms[ms.length - 1]);
        }
        if (results.size() >= 2) {
            double[] first = results.get(0);
            double[] last = results.get(results.size() - 1);
            double ratio = at(last, 0.50) / at(first, 0.50);
            print("  median at %,d claims / median at %,d claims = %.2f (target at most 1.5); both medians under 20 ms: %s",
                    sizes.get(sizes.size() - 1), sizes.get(0), ratio, at(first, 0.50) < 20 && at(last, 0.50) < 20 ? "yes" : "no");
        }
    }

    /** Drafts {@code count} claims into synthetic measures (untimed), then times submitting each one. */
    private double[] submit(SyntheticKnowledgeBase kb, int count, long size) throws Exception {
        long measures = kb.measures();
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            int org = i % SyntheticKnowledgeBase.ORGANIZATIONS;
            String slug = SyntheticKnowledgeBase.organizationSlug(org);
            Reader contributor = Reader.account(900L + org, "bench-contributor-" + org, slug, Set.of(Role.CONTRIBUTOR));
            long measureNo = (i * 7919L + size) % measures;
            boolean percent = measureNo % 4 == 2;
            String unit = percent ? "PERCENT" : measureNo % 4 == 3 ? "TONNES" : "PERSONS";
            long value = percent ? 40 + i % 50 : 5_000 + i * 13L;
            ClaimContent content = new ClaimContent("Benchmark claim " + i + ".", "en",
                    new FigureInput("about " + value, "ABOUT", BigDecimal.valueOf(value), null, null, unit),
                    SyntheticKnowledgeBase.measureSlug(measureNo), new PeriodInput(String.valueOf(2000 + i % 24), null, null),
                    "North Korea", List.of());
            long sourceId = SyntheticKnowledgeBase.ID_BASE + (measureNo * SyntheticKnowledgeBase.CLAIMS_PER_MEASURE) / SyntheticKnowledgeBase.CLAIMS_PER_SOURCE;
            long id = claims.draft(contributor, new NewClaim(slug, content,
                    List.of(new NewCitation(sourceId, "PAGE", String.valueOf(1 + i), null, null, null, "SUPPORTS"))));
            long version = claims.find(id, contributor).orElseThrow().version();
            long started = System.nanoTime();
            claims.submit(contributor, id, version);
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        return ms;
    }

    private String databaseName() throws Exception {
        try (var c = dataSource.getConnection()) {
            var meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion().split(" ")[0];
        }
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static void print(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
