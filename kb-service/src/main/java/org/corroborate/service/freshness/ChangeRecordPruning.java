package org.corroborate.service.freshness;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.corroborate.service.schedule.ClusterOnce;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Once an hour, once per cluster ({@link ClusterOnce}), the change record forgets the changes older than
 * {@code kb.changes.keep-days} (7 by default). The validators do not need them (each entry's last change is kept in
 * {@code entry_change}); a node whose search index is older than what is left rebuilds it in the background.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChangeRecordPruning {

    private static final Logger LOG = Logger.getLogger(ChangeRecordPruning.class.getName());

    @Inject
    ChangeRecord record;

    @Inject
    ClusterOnce once;

    @Inject
    @ConfigProperty(name = "kb.changes.keep-days", defaultValue = "7")
    int keepDays;

    @Schedule(minute = "41", hour = "*", persistent = false, info = "change record pruned")
    void prune() {
        Instant now = Instant.now();
        if (once.claim("change-record-prune", ClusterOnce.slot(now, Duration.ofHours(1)))) {
            int deleted = record.prune(now.minus(Duration.ofDays(Math.max(1, keepDays))));
            if (deleted > 0) {
                LOG.info(() -> "Change record: " + deleted + " changes older than " + keepDays + " days forgotten");
            }
        }
    }
}
