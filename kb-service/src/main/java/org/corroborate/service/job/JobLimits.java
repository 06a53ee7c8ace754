package org.corroborate.service.job;

import org.corroborate.service.shared.Message;

/**
 * How many unfinished jobs of a kind an account, and the whole cluster, may have at once (each holds its file in the
 * database until it is finished), and what a refused caller is told.
 *
 * @param retryAfterSeconds what a refused caller is asked to wait
 * @param accountFull       the refusal when the account has {@code perAccount} unfinished jobs
 * @param clusterFull       the refusal when the cluster has {@code perCluster}
 */
public record JobLimits(int perAccount, int perCluster, int retryAfterSeconds, Message accountFull,
                        Message clusterFull) {
}
