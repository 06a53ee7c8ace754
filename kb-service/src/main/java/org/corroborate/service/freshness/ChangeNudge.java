package org.corroborate.service.freshness;

import java.io.Serializable;

/**
 * Sent to the other nodes of the cluster (a Payara clustered CDI event) after this node committed changes, so that
 * they read the record at once instead of at their next poll. Carries nothing the record does not hold.
 */
public record ChangeNudge(String fromNode) implements Serializable {
}
