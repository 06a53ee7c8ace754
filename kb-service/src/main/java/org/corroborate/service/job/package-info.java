/**
 * Durable background jobs: a job (a claim import, a PDF being read) is a row of {@code background_job} holding its
 * input, state, progress, result and the node running it, so that any node reads its progress, and a job whose node
 * stopped beating is re-run from its input or failed for its owner to retry ({@link org.corroborate.service.job.JobWatch}).
 * The kinds of work live with their domains, which run them as {@link org.corroborate.service.job.JobRunner}s.
 */
package org.corroborate.service.job;
