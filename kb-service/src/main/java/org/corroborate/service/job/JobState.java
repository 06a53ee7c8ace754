package org.corroborate.service.job;

/** QUEUED: waiting for a node's executor; RUNNING; DONE: its result is committed; FAILED: nothing was written. */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
