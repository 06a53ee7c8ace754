/**
 * Benchmarks: they print figures and assert nothing about time. Run only with {@code -Pbench}; never part of the
 * test build. {@link org.corroborate.bench.EvaluationRun} scores cross-referencing on real claims against an
 * expert's key (docs/evaluation.md); only its fixture check, {@code EvaluationSetIT}, runs in the test build.
 */
package org.corroborate.bench;
