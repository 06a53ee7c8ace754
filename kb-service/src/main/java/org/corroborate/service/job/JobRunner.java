package org.corroborate.service.job;

import org.corroborate.service.shared.Message;

import java.util.concurrent.CompletableFuture;

/**
 * Runs the jobs of one kind: a CDI bean of the kind's domain, whose {@link #run} is asynchronous (on the kind's
 * executor), so that {@link JobWatch} can hand it a job taken over from a stopped node.
 */
public interface JobRunner {

    JobKind kind();

    /** Runs the job if it is still QUEUED on this node; returns at once. */
    CompletableFuture<Void> run(String jobId);

    /** What a job of this kind says when it failed because the node running it stopped. */
    Message serverStopped();
}
