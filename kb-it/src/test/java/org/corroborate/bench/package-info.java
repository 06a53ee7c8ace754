/**
 * Benchmarks: they print figures and assert nothing about time. Run only with {@code -Pbench}; never part of the
 * test build.
 */
package org.corroborate.bench;
