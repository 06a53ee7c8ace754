package org.corroborate.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/**
 * Fills the database with a synthetic knowledge base of a given size, straight through JDBC (batched), with ids in a
 * range far above what the application's sequences hand out. Shape: 20 organizations; one public source per five
 * claims (every tenth relaying another); one measure per ten claims (stocks, flows and running totals in persons,
 * percent and tonnes); claims with every kind of qualifier and as-of periods from 2000 to 2023, 90% verified and 10%
 * waiting for review, each citing one source by page; and the stored cross-reference findings a real load would
 * have (every pair of claims of a measure).
 */
final class SyntheticKnowledgeBase {

    static final long ID_BASE = 100_000_000L;
    static final int ORGANIZATIONS = 20;
    static final int CLAIMS_PER_MEASURE = 10;
    static final int CLAIMS_PER_SOURCE = 5;
    private static final String[] QUALIFIERS = {"EXACT", "ABOUT", "UP_TO", "AT_LEAST", "BETWEEN", "MORE_THAN"};

    private final DataSource dataSource;
    private final Random random = new Random(42);

    SyntheticKnowledgeBase(DataSource dataSource) {
        this.dataSource = dataSource;
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

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Adds synthetic claims (with their measures, sources and findings) until there are {@code total}. */
    void growTo(long total) throws SQLException {
        long have = claims();
        if (have == 0) {
            organizations();
        }
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement source = c.prepareStatement("INSERT INTO source (id, kind, title, publisher, issued, language, "
                    + "confidentiality, holder_id, created_at, version) VALUES (?, 'REPORT', ?, ?, ?, 'en', 'PUBLIC', ?, ?, 0)");
                 PreparedStatement relay = c.prepareStatement("INSERT INTO source_relay (source_id, relayed_source_id) VALUES (?, ?)");
                 PreparedStatement measure = c.prepareStatement("INSERT INTO measure (id, slug, name, definition, unit, kind, "
                         + "flow_period, place, topic, about_tolerance_pct, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'North Korea', ?, 10, ?, 0)");
                 PreparedStatement claim = c.prepareStatement("INSERT INTO claim (id, statement, figure_phrase, figure_qualifier, "
                         + "figure_value, figure_low, figure_high, figure_unit, measure_id, period_start, period_end, period_first_day, "
                         + "period_last_day, status, organization_id, language, created_at, updated_at, submitted_at, version) "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, 0)");
                 PreparedStatement citation = c.prepareStatement("INSERT INTO citation (id, claim_id, source_id, locator_type, "
                         + "locator_value, stance, created_at) VALUES (?, ?, ?, 'PAGE', ?, 'SUPPORTS', ?)")) {
                Timestamp at = Timestamp.from(now);
                String[] units = {"PERSONS", "PERSONS", "PERCENT", "TONNES"};
                String[] kinds = {"STOCK", "STOCK", "FLOW", "CUMULATIVE"};
                for (long n = have; n < total; n++) {
                    long claimId = ID_BASE + n;
                    long measureNo = n / CLAIMS_PER_MEASURE;
                    long measureId = ID_BASE + measureNo;
                    long sourceNo = n / CLAIMS_PER_SOURCE;
                    long sourceId = ID_BASE + sourceNo;
                    int unitIndex = (int) (measureNo % units.length);
                    if (n % CLAIMS_PER_MEASURE == 0) {
                        measure.setLong(1, measureId);
                        measure.setString(2, measureSlug(measureNo));
                        measure.setString(3, "Synthetic measure " + measureNo);
                        measure.setString(4, "A synthetic measure for benchmarks, number " + measureNo + ".");
                        measure.setString(5, units[unitIndex]);
                        measure.setString(6, kinds[unitIndex]);
                        measure.setString(7, kinds[unitIndex].equals("FLOW") ? "YEAR" : null);
                        measure.setString(8, "topic " + (measureNo % 40));
                        measure.setTimestamp(9, at);
                        measure.addBatch();
                    }
                    if (n % CLAIMS_PER_SOURCE == 0) {
                        source.setLong(1, sourceId);
                        source.setString(2, "Synthetic report " + sourceNo);
                        source.setString(3, "Publisher " + (sourceNo % 300));
                        source.setString(4, String.valueOf(2000 + sourceNo % 24));
                        source.setLong(5, organizationId((int) (sourceNo % ORGANIZATIONS)));
                        source.setTimestamp(6, at);
                        source.addBatch();
                        if (sourceNo % 10 == 9) {
                            relay.setLong(1, sourceId);
                            relay.setLong(2, sourceId - 1);
                            relay.addBatch();
                        }
                    }
                    figure(claim, claimId, unitIndex == 2);
                    claim.setString(8, units[unitIndex]);
                    claim.setLong(9, measureId);
                    int year = 2000 + random.nextInt(24);
                    claim.setString(10, String.valueOf(year));
                    claim.setString(11, String.valueOf(year));
                    claim.setDate(12, Date.valueOf(LocalDate.of(year, 1, 1)));
                    claim.setDate(13, Date.valueOf(LocalDate.of(year, 12, 31)));
                    claim.setString(14, n % 10 == 0 ? "SUBMITTED" : "VERIFIED");
                    claim.setLong(15, organizationId((int) (n % ORGANIZATIONS)));
                    claim.setTimestamp(16, at);
                    claim.setTimestamp(17, at);
                    claim.setTimestamp(18, at);
                    claim.addBatch();
                    citation.setLong(1, claimId);
                    citation.setLong(2, claimId);
                    citation.setLong(3, sourceId);
                    citation.setString(4, String.valueOf(1 + n % 300));
                    citation.setTimestamp(5, at);
                    citation.addBatch();
                    if ((n + 1) % 2000 == 0 || n + 1 == total) {
                        measure.executeBatch();
                        source.executeBatch();
                        relay.executeBatch();
                        claim.executeBatch();
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
                long firstNew = ID_BASE + (have / CLAIMS_PER_MEASURE) * CLAIMS_PER_MEASURE;
                pairs.setLong(1, ID_BASE * 10 + have * CLAIMS_PER_MEASURE);
                pairs.setTimestamp(2, Timestamp.from(now));
                pairs.setLong(3, firstNew);
                pairs.setLong(4, ID_BASE + total);
                pairs.setLong(5, ID_BASE + total);
                if (have % CLAIMS_PER_MEASURE != 0) {
                    try (PreparedStatement clear = c.prepareStatement("DELETE FROM claim_comparison WHERE low_claim_id >= ?")) {
                        clear.setLong(1, firstNew);
                        clear.executeUpdate();
                    }
                }
                pairs.executeUpdate();
            }
            c.commit();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE"); // fresh planner statistics, as a running database would have
        }
    }

    private void figure(PreparedStatement claim, long id, boolean percent) throws SQLException {
        String qualifier = QUALIFIERS[(int) (id % QUALIFIERS.length)];
        long base = percent ? 10 + random.nextInt(80) : 1_000 + random.nextInt(200_000);
        claim.setLong(1, id);
        claim.setString(2, "Synthetic claim " + id + ".");
        claim.setString(3, qualifier.toLowerCase() + " " + base);
        claim.setString(4, qualifier);
        if (qualifier.equals("BETWEEN")) {
            claim.setNull(5, java.sql.Types.NUMERIC);
            claim.setLong(6, base);
            claim.setLong(7, percent ? Math.min(100, base + 10) : base * 2);
        } else {
            claim.setLong(5, base);
            claim.setNull(6, java.sql.Types.NUMERIC);
            claim.setNull(7, java.sql.Types.NUMERIC);
        }
    }

    private static long organizationId(int i) {
        return ID_BASE + i;
    }

    private void organizations() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement org = c.prepareStatement("INSERT INTO organization (id, slug, name, short_name, created_at) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ORGANIZATIONS; i++) {
                org.setLong(1, organizationId(i));
                org.setString(2, organizationSlug(i));
                org.setString(3, "Benchmark Organization " + i);
                org.setString(4, "B" + i);
                org.setTimestamp(5, Timestamp.from(Instant.now()));
                org.addBatch();
            }
            org.executeBatch();
        }
    }
}
