package org.corroborate.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A member watches a measure: told of new claims and conflicts on it, and of dissents from its reconciliation. */
@Entity
@Table(name = "measure_watch")
@NamedQuery(name = "MeasureWatch.watchers", query = "SELECT w.key.accountId FROM MeasureWatch w WHERE w.key.measureId = :measure")
public class MeasureWatch {

    @EmbeddedId
    private Key key;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MeasureWatch() {
        // for JPA
    }

    public MeasureWatch(long accountId, long measureId) {
        this.key = new Key(accountId, measureId);
        this.createdAt = Instant.now();
    }

    public Key getKey() {
        return key;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The account and the measure. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "account_id", nullable = false)
        private long accountId;

        @Column(name = "measure_id", nullable = false)
        private long measureId;

        protected Key() {
            // for JPA
        }

        public Key(long accountId, long measureId) {
            this.accountId = accountId;
            this.measureId = measureId;
        }

        public long getAccountId() {
            return accountId;
        }

        public long getMeasureId() {
            return measureId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.accountId == accountId && k.measureId == measureId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, measureId);
        }
    }
}
