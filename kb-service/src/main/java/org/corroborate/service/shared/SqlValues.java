package org.corroborate.service.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Values of native queries' columns as the JDBC drivers give them, made one type whatever the database. */
public final class SqlValues {

    private SqlValues() {
    }

    /**
     * A timestamp column as an instant: H2 answers OffsetDateTime, PostgreSQL Timestamp (a value without zone is
     * taken as UTC, the zone the application writes in); null stays null.
     */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant();
        }
        throw new IllegalStateException("Not a timestamp: " + value.getClass());
    }
}
