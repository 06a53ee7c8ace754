package org.corroborate.service.freshness;

import java.util.List;

/**
 * Fired (CDI, synchronously, outside any transaction) on every node by that node's {@link ChangeFollower}, for each
 * batch of committed changes it applies: in position order, each change exactly once per node start. Observers must
 * be quick or hand their work to an executor: the next batch waits for them.
 */
public record ChangesApplied(List<RecordedChange> changes) {

    public ChangesApplied {
        changes = List.copyOf(changes);
    }
}
