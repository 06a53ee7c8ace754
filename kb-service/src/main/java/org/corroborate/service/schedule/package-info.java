/**
 * Work that must happen once per cluster, not once per node: every node keeps its own (non-persistent) timers, and
 * {@link org.corroborate.service.schedule.ClusterOnce} lets only the node that claims a task's time slot in the
 * database do the work. Also the node's name ({@link org.corroborate.service.schedule.NodeName}) for logs and rows.
 */
package org.corroborate.service.schedule;
