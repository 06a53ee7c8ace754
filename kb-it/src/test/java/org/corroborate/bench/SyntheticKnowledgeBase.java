package org.corroborate.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Random;

/**
 * Fills the database with a synthetic knowledge base of a given size, straight through JDBC (batched, one transaction
 * per {@value #BATCH} claims with their rows), into the schema the application's Flyway migrations create, with ids
 * in a range far above what the application's sequences hand out ({@value #ID_BASE} and up).
 *
 * <p>Shape: 20 organizations; one source per {@link Shape#claimsPerSource()} claims (reports, news articles,
 * testimonies, UN documents... in English and some in Korean, with authors, URLs, some DOIs; every tenth relays
 * another; a few members-only or held in confidence); one measure per {@link Shape#claimsPerMeasure()} claims
 * (stocks, flows and running totals in persons, percent and tonnes, with names and topics about refugees,
 * detention, labour, food and aid); claims with every kind of qualifier, written as a source would ("about 31,000",
 * "up to 120,000", "between 50,000 and 200,000"), about 15% stated in Korean, with as-of years, months, days and
 * spans from 1995 to 2024, one or two topics, 90% verified and 10% waiting for review; each citing its own source by
 * page (a third with a quote) and a third citing a second source; and the stored cross-reference findings a real
 * load would have (every pair of claims of a measure).
 *
 * <p>Used in-container by {@link CrossReferenceBenchmark} (default shape: ten claims per measure) and standalone,
 * over JDBC, by {@link #main} and {@link ReaderBenchmark} (twenty claims per measure: 100,000 claims on 5,000
 * measures from 20,000 sources).
 */
final class SyntheticKnowledgeBase {

    static final long ID_BASE = 100_000_000L;
    static final int ORGANIZATIONS = 20;
    static final int CLAIMS_PER_MEASURE = 10;
    static final int CLAIMS_PER_SOURCE = 5;
    private static final int BATCH = 2_000;
    /** Extra citations get ids from here ({@code + claim number}); the first citation of a claim has the claim's id. */
    private static final long SECOND_CITATION_BASE = ID_BASE * 3;
    private static final long COMPARISON_BASE = ID_BASE * 10;

    /** How claims are spread over measures and sources. */
    record Shape(int claimsPerMeasure, int claimsPerSource) {
        /** {@link CrossReferenceBenchmark}'s shape: ten claims per measure, five per source. */
        static final Shape CROSS_REFERENCE = new Shape(CLAIMS_PER_MEASURE, CLAIMS_PER_SOURCE);
        /** Readers' shape: 100,000 claims on 5,000 measures from 20,000 sources. */
        static final Shape READERS = new Shape(20, 5);
    }

    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    private static final String[] QUALIFIERS = {"EXACT", "ABOUT", "UP_TO", "AT_LEAST", "BETWEEN", "MORE_THAN", "AT_MOST", "FEWER_THAN", "ABOUT", "BETWEEN"};
    private static final String[] UNITS = {"PERSONS", "PERSONS", "PERCENT", "TONNES"};
    private static final String[] KINDS = {"STOCK", "STOCK", "FLOW", "CUMULATIVE"};
    /** Per unit index (measure number mod 4): subject in English, in Korean, topic. */
    private static final String[][][] SUBJECTS = {
            {{"North Koreans living in China", "중국 내 북한 이탈주민", "refugees"},
                    {"political prisoners held in the kwanliso camps", "관리소 정치범수용소 수감자", "detention"},
                    {"people detained in kyohwaso prison camps", "교화소 수감자", "detention"},
                    {"North Korean workers sent abroad", "해외 파견 북한 노동자", "forced labour"},
                    {"people in need of humanitarian assistance", "인도적 지원이 필요한 주민", "food"}},
            {{"abductees from South Korea still held in the North", "억류 중인 납북자", "abductions"},
                    {"North Korean women trafficked in China", "중국 내 인신매매 피해 북한 여성", "trafficking"},
                    {"children living in state orphanages", "보육원 아동", "children"},
                    {"people mobilised for forced labour in construction brigades", "돌격대 강제노동 동원 인원", "forced labour"},
                    {"North Koreans forcibly repatriated from China", "중국에서 강제송환된 북한 주민", "refugees"}},
            {{"share of children under five who are stunted", "5세 미만 아동 발육부진 비율", "food"},
                    {"share of households with poor food consumption", "식량 소비 부족 가구 비율", "food"},
                    {"share of defectors reporting forced labour", "강제노동을 경험한 탈북민 비율", "forced labour"},
                    {"share of the population without safe drinking water", "안전한 식수를 이용하지 못하는 인구 비율", "health"}},
            {{"food aid delivered since 1995", "1995년 이후 식량 지원 누계", "aid"},
                    {"fertiliser aid delivered since 1999", "1999년 이후 비료 지원 누계", "aid"},
                    {"chemical weapons stockpile", "화학무기 비축량", "chemical weapons"},
                    {"rice shipped under humanitarian programmes", "인도적 쌀 지원 누계", "aid"}}};
    private static final String[] REGIONS = {"nationwide", "North Hamgyong", "Ryanggang", "South Pyongan", "Jilin and Liaoning", "Pyongyang", "Chagang", "South Hwanghae"};
    private static final String[] TOPICS = {"refugees", "detention", "forced labour", "food", "aid", "children", "women", "abductions",
            "trafficking", "health", "public executions", "religious freedom", "chemical weapons", "separated families"};
    private static final String[] SOURCE_KINDS = {"REPORT", "REPORT", "REPORT", "NEWS_ARTICLE", "NEWS_ARTICLE", "TESTIMONY", "GOVERNMENT_DOCUMENT",
            "UN_DOCUMENT", "BOOK", "DATASET", "INTERVIEW", "WEB_PAGE"};
    private static final String[] PUBLISHERS = {"Committee for Human Rights in North Korea", "UN Commission of Inquiry", "Database Center for North Korean Human Rights",
            "Korea Institute for National Unification", "Ministry of Unification", "World Food Programme", "UNICEF", "Human Rights Watch",
            "Amnesty International", "Transitional Justice Working Group", "Daily NK", "Radio Free Asia", "NK News", "Yonhap", "The Guardian",
            "Korea Herald", "Citizens' Alliance for North Korean Human Rights", "Liberty in North Korea", "FAO", "38 North"};
    private static final String[] FAMILIES = {"Kim", "Lee", "Park", "Choi", "Jung", "Smith", "Hawk", "Kirby", "Cohen", "Haggard", "Noland", "Yoon"};
    private static final String[] GIVEN = {"Min-ji", "Seo-yeon", "Ji-hoon", "Hyun-woo", "David", "Roberta", "Michael", "Stephan", "Marcus", "Sokeel"};
    private static final String[] ORG_NAMES = {"Seoul Documentation Centre", "Northern Light Rights Watch", "Han River Refugee Aid", "Korean Peninsula Justice Project",
            "Tumen Crossing Support Network", "Pyongyang Watch", "Unification Family Association", "Camp Survivors' Alliance",
            "North Korea Food Security Monitor", "Asia Detention Research Institute", "Women Across the Border", "Children of the North Foundation",
            "Korean Transitional Justice Forum", "Free Labour Korea", "Abductees' Families Council", "Yalu Testimony Archive",
            "Humanitarian Access Korea", "Chemical Weapons Observatory Asia", "Open Records Korea", "Liberty Bridge"};

    private final Connections connections;
    private final Shape shape;
    private final Random random = new Random(42);

    SyntheticKnowledgeBase(DataSource dataSource) {
        this(dataSource::getConnection, Shape.CROSS_REFERENCE);
    }

    SyntheticKnowledgeBase(Connections connections, Shape shape) {
        this.connections = connections;
        this.shape = shape;
    }

    /** Over JDBC: the URL, user and password as the application's {@code KB_DB_URL}, {@code KB_DB_USER}, {@code KB_DB_PASSWORD}. */
    static SyntheticKnowledgeBase jdbc(String url, String user, String password, Shape shape) {
        return new SyntheticKnowledgeBase(() -> DriverManager.getConnection(url, user, password), shape);
    }

    static String organizationSlug(int i) {
        return "bench-org-" + i;
    }

    static String measureSlug(long i) {
        return "bench-measure-" + i;
    }

    /** How many synthetic claims there are. */
    long claims() throws SQLException {
        return count("SELECT COUNT(*) FROM claim WHERE id >= " + ID_BASE);
    }

    /** How many synthetic measures there are. */
    long measures() throws SQLException {
        return count("SELECT COUNT(*) FROM measure WHERE id >= " + ID_BASE);
    }

    /** How many synthetic sources there are. */
    long sources() throws SQLException {
        return count("SELECT COUNT(*) FROM source WHERE id >= " + ID_BASE);
    }

    long citations() throws SQLException {
        return count("SELECT COUNT(*) FROM citation WHERE claim_id >= " + ID_BASE);
    }

    long comparisons() throws SQLException {
        return count("SELECT COUNT(*) FROM claim_comparison WHERE measure_id >= " + ID_BASE);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connections.open(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Makes the synthetic part of the database hold exactly {@code total} claims of this shape: keeps it when it
     * already does, grows it when it holds fewer claims of the same shape, otherwise cleans it and generates afresh.
     * Returns the seconds spent (0 when kept).
     */
    double prepare(long total) throws SQLException {
        long have = claims();
        long expectedMeasures = (have + shape.claimsPerMeasure() - 1) / shape.claimsPerMeasure();
        long expectedSources = (have + shape.claimsPerSource() - 1) / shape.claimsPerSource();
        boolean sameShape = measures() == expectedMeasures && sources() == expectedSources;
        if (have == total && sameShape) {
            return 0;
        }
        long started = System.nanoTime();
        if (have > total || !sameShape) {
            clean();
        }
        growTo(total);
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * Deletes every synthetic row, and whatever the application added on top of it (claims submitted into synthetic
     * measures, citing synthetic sources or of synthetic organizations, reconciliations of synthetic measures).
     */
    void clean() throws SQLException {
        long b = ID_BASE;
        String claims = "(SELECT id FROM claim WHERE id >= " + b + " OR measure_id >= " + b + " OR organization_id >= " + b
                + " OR id IN (SELECT claim_id FROM citation WHERE source_id >= " + b + "))";
        String reconciliations = "(SELECT id FROM reconciliation WHERE measure_id >= " + b + ")";
        String versions = "(SELECT id FROM reconciliation_version WHERE reconciliation_id IN " + reconciliations + ")";
        String[] statements = {
                "DELETE FROM reconciliation_response WHERE version_id IN " + versions,
                "DELETE FROM reconciliation_version_assignment WHERE version_id IN " + versions,
                "DELETE FROM reconciliation_version WHERE reconciliation_id IN " + reconciliations,
                "DELETE FROM reconciliation_assignment WHERE reconciliation_id IN " + reconciliations,
                "DELETE FROM reconciliation WHERE measure_id >= " + b,
                "DELETE FROM claim_comparison WHERE measure_id >= " + b,
                "CREATE TEMPORARY TABLE bench_doomed AS " + claims.substring(1, claims.length() - 1),
                "DELETE FROM claim_comparison WHERE low_claim_id IN (SELECT id FROM bench_doomed) OR high_claim_id IN (SELECT id FROM bench_doomed)",
                "DELETE FROM citation WHERE claim_id IN (SELECT id FROM bench_doomed)",
                "DELETE FROM claim_topic WHERE claim_id IN (SELECT id FROM bench_doomed)",
                "DELETE FROM review_note WHERE claim_id IN (SELECT id FROM bench_doomed)",
                "DELETE FROM claim_import_claim WHERE claim_id IN (SELECT id FROM bench_doomed)",
                "DELETE FROM claim WHERE id IN (SELECT id FROM bench_doomed)",
                "DROP TABLE bench_doomed",
                "DELETE FROM source_relay WHERE source_id >= " + b + " OR relayed_source_id >= " + b,
                "DELETE FROM source_author WHERE source_id >= " + b,
                "DELETE FROM source WHERE id >= " + b + " OR holder_id >= " + b,
                "DELETE FROM measure WHERE id >= " + b,
                "DELETE FROM claim_import WHERE organization_id >= " + b,
                "DELETE FROM audit_event WHERE organization_slug LIKE 'bench-org-%'",
                "DELETE FROM organization WHERE id >= " + b + " AND NOT EXISTS (SELECT 1 FROM account a WHERE a.organization_id = organization.id)"};
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
            c.commit();
        }
    }

    /** Adds synthetic claims (with their measures, sources and findings) until there are {@code total}. */
    void growTo(long total) throws SQLException {
        long have = claims();
        if (count("SELECT COUNT(*) FROM organization WHERE id >= " + ID_BASE) == 0) {
            organizations();
        }
        int perMeasure = shape.claimsPerMeasure();
        int perSource = shape.claimsPerSource();
        Instant now = Instant.now();
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try (PreparedStatement source = c.prepareStatement("INSERT INTO source (id, kind, title, container_title, publisher, "
                    + "publisher_place, issued, url, doi, language, confidentiality, holder_id, created_at, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                 PreparedStatement author = c.prepareStatement("INSERT INTO source_author (source_id, ordinal, family, given, literal) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement relay = c.prepareStatement("INSERT INTO source_relay (source_id, relayed_source_id) VALUES (?, ?)");
                 PreparedStatement measure = c.prepareStatement("INSERT INTO measure (id, slug, name, definition, unit, kind, "
                         + "flow_period, place, topic, about_tolerance_pct, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 10, ?, 0)");
                 PreparedStatement claim = c.prepareStatement("INSERT INTO claim (id, statement, figure_phrase, figure_qualifier, "
                         + "figure_value, figure_low, figure_high, figure_unit, measure_id, period_start, period_end, period_first_day, "
                         + "period_last_day, status, organization_id, language, created_at, updated_at, submitted_at, place, version) "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                 PreparedStatement topic = c.prepareStatement("INSERT INTO claim_topic (claim_id, topic) VALUES (?, ?)");
                 PreparedStatement citation = c.prepareStatement("INSERT INTO citation (id, claim_id, source_id, locator_type, "
                         + "locator_value, quote_exact, quote_prefix, quote_suffix, stance, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Timestamp at = Timestamp.from(now);
                for (long n = have; n < total; n++) {
                    long claimId = ID_BASE + n;
                    long measureNo = n / perMeasure;
                    long measureId = ID_BASE + measureNo;
                    long sourceNo = n / perSource;
                    long sourceId = ID_BASE + sourceNo;
                    int unitIndex = (int) (measureNo % UNITS.length);
                    String[] subject = subject(measureNo);
                    if (n % perMeasure == 0) {
                        measure(measure, measureNo, unitIndex, subject, at);
                    }
                    if (n % perSource == 0) {
                        source(source, author, sourceNo, at);
                        if (sourceNo % 10 == 9) {
                            relay.setLong(1, sourceId);
                            relay.setLong(2, sourceId - 1);
                            relay.addBatch();
                        }
                    }
                    claim(claim, n, claimId, measureId, unitIndex, subject, at);
                    topic.setLong(1, claimId);
                    topic.setString(2, subject[2]);
                    topic.addBatch();
                    if (n % 3 == 1) {
                        String other = TOPICS[random.nextInt(TOPICS.length)];
                        if (!other.equals(subject[2])) {
                            topic.setLong(1, claimId);
                            topic.setString(2, other);
                            topic.addBatch();
                        }
                    }
                    citation(citation, claimId, claimId, sourceId, n, subject, at);
                    if (n % 3 == 2 && sourceNo > 0) {
                        // a second source, an earlier one cited by another organization: public, so readers see it
                        long other = publicSourceBefore(sourceNo);
                        citation(citation, SECOND_CITATION_BASE + n, claimId, ID_BASE + other, n + 7, subject, at);
                    }
                    if ((n + 1) % BATCH == 0 || n + 1 == total) {
                        measure.executeBatch();
                        source.executeBatch();
                        author.executeBatch();
                        relay.executeBatch();
                        claim.executeBatch();
                        topic.executeBatch();
                        citation.executeBatch();
                        c.commit();
                    }
                }
            }
            // the findings a real load stores: every pair of claims of each new measure
            try (PreparedStatement pairs = c.prepareStatement("INSERT INTO claim_comparison (id, measure_id, low_claim_id, "
                    + "high_claim_id, verdict, same_origin, period_assumed, examined_at) "
                    + "SELECT ? + ROW_NUMBER() OVER (ORDER BY a.id, b.id), a.measure_id, a.id, b.id, 'AGREES', FALSE, FALSE, ? "
                    + "FROM claim a JOIN claim b ON a.measure_id = b.measure_id AND a.id < b.id "
                    + "WHERE a.id >= ? AND a.id < ? AND b.id < ?")) {
                long firstNew = ID_BASE + (have / perMeasure) * perMeasure;
                pairs.setLong(1, COMPARISON_BASE + have * perMeasure);
                pairs.setTimestamp(2, Timestamp.from(now));
                pairs.setLong(3, firstNew);
                pairs.setLong(4, ID_BASE + total);
                pairs.setLong(5, ID_BASE + total);
                if (have % perMeasure != 0) {
                    try (PreparedStatement clear = c.prepareStatement("DELETE FROM claim_comparison WHERE low_claim_id >= ?")) {
                        clear.setLong(1, firstNew);
                        clear.executeUpdate();
                    }
                }
                pairs.executeUpdate();
            }
            c.commit();
        }
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            s.execute("ANALYZE"); // fresh planner statistics, as a running database would have
        }
    }

    private static String[] subject(long measureNo) {
        String[][] subjects = SUBJECTS[(int) (measureNo % UNITS.length)];
        return subjects[(int) ((measureNo / UNITS.length) % subjects.length)];
    }

    private static String region(long measureNo) {
        return REGIONS[(int) ((measureNo / 17) % REGIONS.length)];
    }

    private void measure(PreparedStatement measure, long measureNo, int unitIndex, String[] subject, Timestamp at) throws SQLException {
        String region = region(measureNo);
        measure.setLong(1, ID_BASE + measureNo);
        measure.setString(2, measureSlug(measureNo));
        measure.setString(3, capitalized(subject[0]) + " (" + region + ", series " + measureNo + ")");
        measure.setString(4, "The number of " + subject[0] + " (" + region + "), as counted or estimated by the source; "
                + "synthetic measure " + measureNo + " for benchmarks. " + subject[1] + ".");
        measure.setString(5, UNITS[unitIndex]);
        measure.setString(6, KINDS[unitIndex]);
        measure.setString(7, KINDS[unitIndex].equals("FLOW") ? "YEAR" : null);
        measure.setString(8, region.equals("Jilin and Liaoning") ? "China" : "North Korea");
        measure.setString(9, subject[2]);
        measure.setTimestamp(10, at);
        measure.addBatch();
    }

    private void source(PreparedStatement source, PreparedStatement author, long sourceNo, Timestamp at) throws SQLException {
        long id = ID_BASE + sourceNo;
        String kind = SOURCE_KINDS[(int) (sourceNo % SOURCE_KINDS.length)];
        String publisher = PUBLISHERS[(int) (sourceNo % PUBLISHERS.length)];
        boolean korean = sourceNo % 7 == 3;
        int year = 1995 + (int) (sourceNo % 30);
        String topic = TOPICS[(int) (sourceNo % TOPICS.length)];
        source.setLong(1, id);
        source.setString(2, kind);
        source.setString(3, korean ? "북한 인권 실태 보고서 " + year + ": " + topic + " (" + sourceNo + ")"
                : capitalized(topic) + " in North Korea: " + kind.toLowerCase(Locale.ROOT).replace('_', ' ') + " " + year + " no. " + sourceNo);
        source.setString(4, kind.equals("NEWS_ARTICLE") ? publisher : null);
        source.setString(5, publisher);
        source.setString(6, sourceNo % 3 == 0 ? "Seoul" : null);
        source.setString(7, sourceNo % 4 == 0 ? year + "-" + String.format(Locale.ROOT, "%02d", 1 + sourceNo % 12) : String.valueOf(year));
        source.setString(8, "https://example.org/" + publisher.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "/" + sourceNo);
        if (sourceNo % 5 == 0) {
            source.setString(9, "10.5555/bench." + sourceNo);
        } else {
            source.setNull(9, Types.VARCHAR);
        }
        source.setString(10, korean ? "ko" : "en");
        // a few sources are not public (never the even ones, which the cross-reference benchmark cites)
        source.setString(11, sourceNo % 20 == 7 ? "MEMBERS_ONLY" : sourceNo % 20 == 13 ? "HOLDER_ONLY" : "PUBLIC");
        source.setLong(12, organizationId((int) (sourceNo % ORGANIZATIONS)));
        source.setTimestamp(13, at);
        source.addBatch();
        author.setLong(1, id);
        author.setInt(2, 0);
        if (sourceNo % 2 == 0) {
            author.setNull(3, Types.VARCHAR);
            author.setNull(4, Types.VARCHAR);
            author.setString(5, publisher);
            author.addBatch();
        } else {
            author.setString(3, FAMILIES[(int) (sourceNo % FAMILIES.length)]);
            author.setString(4, GIVEN[(int) (sourceNo % GIVEN.length)]);
            author.setNull(5, Types.VARCHAR);
            author.addBatch();
            if (sourceNo % 3 == 0) {
                author.setLong(1, id);
                author.setInt(2, 1);
                author.setString(3, FAMILIES[(int) ((sourceNo / 3) % FAMILIES.length)]);
                author.setString(4, GIVEN[(int) ((sourceNo / 7) % GIVEN.length)]);
                author.setNull(5, Types.VARCHAR);
                author.addBatch();
            }
        }
    }

    /** A public source before {@code sourceNo}, chosen at random. */
    private long publicSourceBefore(long sourceNo) {
        long other = (long) (random.nextDouble() * sourceNo);
        while (other % 20 == 7 || other % 20 == 13) {
            other--;
        }
        return Math.max(0, other);
    }

    private void claim(PreparedStatement claim, long n, long claimId, long measureId, int unitIndex, String[] subject, Timestamp at)
            throws SQLException {
        String unit = UNITS[unitIndex];
        boolean percent = unit.equals("PERCENT");
        String qualifier = QUALIFIERS[(int) (claimId % QUALIFIERS.length)];
        long base = percent ? 5 + random.nextInt(80)
                : (long) Math.exp(Math.log(200) + random.nextDouble() * (Math.log(unit.equals("TONNES") ? 3_000_000 : 300_000) - Math.log(200)));
        if (!qualifier.equals("EXACT") && !percent) {
            base = roundTo2Significant(base);
        }
        long high = percent ? Math.min(100, base + 5 + random.nextInt(20)) : roundTo2Significant(base * (2 + random.nextInt(4)));
        boolean korean = n % 7 == 4;
        String phrase = phrase(qualifier, base, high, unit, korean);
        claim.setLong(1, claimId);
        claim.setString(3, phrase);
        claim.setString(4, qualifier);
        if (qualifier.equals("BETWEEN")) {
            claim.setNull(5, Types.NUMERIC);
            claim.setLong(6, base);
            claim.setLong(7, high);
        } else {
            claim.setLong(5, base);
            claim.setNull(6, Types.NUMERIC);
            claim.setNull(7, Types.NUMERIC);
        }
        claim.setString(8, unit);
        claim.setLong(9, measureId);
        // periods: as of a year (most), a month, a day, or a span of years
        int year = 1995 + random.nextInt(30);
        int kind = random.nextInt(20);
        String start;
        String end;
        LocalDate first;
        LocalDate last;
        if (kind < 12) {
            start = end = String.valueOf(year);
            first = LocalDate.of(year, 1, 1);
            last = LocalDate.of(year, 12, 31);
        } else if (kind < 15) {
            YearMonth month = YearMonth.of(year, 1 + random.nextInt(12));
            start = end = month.toString();
            first = month.atDay(1);
            last = month.atEndOfMonth();
        } else if (kind < 17) {
            LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            start = end = day.toString();
            first = last = day;
        } else {
            int to = Math.min(2024, year + 1 + random.nextInt(6));
            start = String.valueOf(year);
            end = String.valueOf(to);
            first = LocalDate.of(year, 1, 1);
            last = LocalDate.of(to, 12, 31);
        }
        claim.setString(10, start);
        claim.setString(11, end);
        claim.setDate(12, Date.valueOf(first));
        claim.setDate(13, Date.valueOf(last));
        claim.setString(14, n % 10 == 0 ? "SUBMITTED" : "VERIFIED");
        int org = (int) (n % ORGANIZATIONS);
        claim.setLong(15, organizationId(org));
        claim.setString(16, korean ? "ko" : "en");
        claim.setTimestamp(17, at);
        claim.setTimestamp(18, at);
        claim.setTimestamp(19, at);
        claim.setString(20, region(measureId - ID_BASE).equals("Jilin and Liaoning") ? "China" : "North Korea");
        String when = start.equals(end) ? start : start + "–" + end;
        claim.setString(2, korean
                ? when + " 기준 " + subject[1] + "은(는) " + phrase + "으로 추산된다. " + PUBLISHERS[(int) (n % PUBLISHERS.length)] + " 자료에 따름."
                : switch ((int) (n % 3)) {
                    case 0 -> "According to " + PUBLISHERS[(int) (n % PUBLISHERS.length)] + ", " + phrase + " " + subject[0] + " (" + when + ").";
                    case 1 -> ORG_NAMES[org] + " estimates " + phrase + " " + subject[0] + " as of " + when + ", based on interviews with defectors.";
                    default -> capitalized(phrase) + " " + subject[0] + " were reported for " + when + "; the figure is the source's own estimate.";
                });
        claim.addBatch();
    }

    private void citation(PreparedStatement citation, long id, long claimId, long sourceId, long n, String[] subject, Timestamp at)
            throws SQLException {
        citation.setLong(1, id);
        citation.setLong(2, claimId);
        citation.setLong(3, sourceId);
        citation.setString(4, n % 11 == 0 ? "PARAGRAPH" : "PAGE");
        citation.setString(5, String.valueOf(1 + n % 300));
        if (n % 3 == 0) {
            citation.setString(6, "the number of " + subject[0] + " is estimated at " + (1_000 + n % 90_000));
            citation.setString(7, "Our interviews suggest that");
            citation.setString(8, "according to the latest data");
        } else {
            citation.setNull(6, Types.VARCHAR);
            citation.setNull(7, Types.VARCHAR);
            citation.setNull(8, Types.VARCHAR);
        }
        citation.setString(9, n % 17 == 0 ? "MENTIONS" : "SUPPORTS");
        citation.setTimestamp(10, at);
        citation.addBatch();
    }

    private static String phrase(String qualifier, long value, long high, String unit, boolean korean) {
        String v = number(value, unit);
        String h = number(high, unit);
        if (korean) {
            String suffix = unit.equals("PERSONS") ? "명" : unit.equals("TONNES") ? "톤" : "";
            return switch (qualifier) {
                case "ABOUT" -> "약 " + v + suffix;
                case "UP_TO" -> "최대 " + v + suffix;
                case "AT_LEAST" -> "최소 " + v + suffix;
                case "MORE_THAN" -> v + suffix + " 이상";
                case "AT_MOST" -> v + suffix + " 이하";
                case "FEWER_THAN" -> v + suffix + " 미만";
                case "BETWEEN" -> number(value, unit) + "~" + h + suffix;
                default -> v + suffix;
            };
        }
        String tail = unit.equals("TONNES") ? " tonnes of" : "";
        return switch (qualifier) {
            case "ABOUT" -> (value % 3 == 0 ? "an estimated " : "about ") + v + tail;
            case "UP_TO" -> "up to " + v + tail;
            case "AT_LEAST" -> "at least " + v + tail;
            case "MORE_THAN" -> "more than " + v + tail;
            case "AT_MOST" -> "at most " + v + tail;
            case "FEWER_THAN" -> "fewer than " + v + tail;
            case "BETWEEN" -> value % 2 == 0 ? "between " + v + " and " + h + tail : v + "–" + h + tail;
            default -> v + tail;
        };
    }

    private static String number(long value, String unit) {
        return unit.equals("PERCENT") ? value + "%" : String.format(Locale.ROOT, "%,d", value);
    }

    private static long roundTo2Significant(long value) {
        if (value < 100) {
            return value;
        }
        long scale = (long) Math.pow(10, (long) Math.log10(value) - 1);
        return Math.max(scale, Math.round((double) value / scale) * scale);
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static long organizationId(int i) {
        return ID_BASE + i;
    }

    private void organizations() throws SQLException {
        try (Connection c = connections.open();
             PreparedStatement org = c.prepareStatement("INSERT INTO organization (id, slug, name, short_name, country, website, created_at) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ORGANIZATIONS; i++) {
                org.setLong(1, organizationId(i));
                org.setString(2, organizationSlug(i));
                org.setString(3, ORG_NAMES[i] + " (benchmark " + i + ")");
                org.setString(4, "B" + i);
                org.setString(5, i % 4 == 0 ? "United States" : "South Korea");
                org.setString(6, "https://example.org/bench-org-" + i);
                org.setTimestamp(7, Timestamp.from(Instant.now()));
                org.addBatch();
            }
            org.executeBatch();
        }
    }

    /**
     * Generates the readers' knowledge base over JDBC and prints what it holds and how long it took. Environment:
     * {@code KB_DB_URL} (required; the application must have started on it once so that its migrations ran),
     * {@code KB_DB_USER}, {@code KB_DB_PASSWORD}, {@code KB_BENCH_CLAIMS} (default 100,000).
     */
    public static void main(String[] args) throws Exception {
        long claims = Long.parseLong(System.getenv().getOrDefault("KB_BENCH_CLAIMS", "100000").strip().replace("_", ""));
        generate(claims);
    }

    /** Prepares {@code claims} synthetic claims of the readers' shape in the database of {@code KB_DB_URL}; prints figures. */
    static SyntheticKnowledgeBase generate(long claims) throws SQLException {
        String url = System.getenv("KB_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("Set KB_DB_URL (e.g. jdbc:postgresql://127.0.0.1:5432/corroborate_bench), KB_DB_USER and KB_DB_PASSWORD.");
        }
        SyntheticKnowledgeBase kb = jdbc(url, System.getenv().getOrDefault("KB_DB_USER", "postgres"),
                System.getenv().getOrDefault("KB_DB_PASSWORD", ""), Shape.READERS);
        try {
            kb.count("SELECT COUNT(*) FROM claim WHERE id < 0");
        } catch (SQLException e) {
            throw new IllegalStateException("No schema at " + url + ": start the application on it once (its Flyway migrations create it).", e);
        }
        double seconds = kb.prepare(claims);
        System.out.printf(Locale.ROOT, "[benchmark] synthetic knowledge base: %,d claims on %,d measures from %,d sources, %,d citations, %,d stored comparisons; %s%n",
                kb.claims(), kb.measures(), kb.sources(), kb.citations(), kb.comparisons(),
                seconds == 0 ? "already there, kept" : String.format(Locale.ROOT, "generated in %.1f s", seconds));
        return kb;
    }
}
