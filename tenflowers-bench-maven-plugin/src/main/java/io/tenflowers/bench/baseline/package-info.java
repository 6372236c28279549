/**
 * Home of the baseline gate (goals {@code check-baseline} and {@code save-baseline}): reading and
 * validating {@code baseline.json}, deciding what is comparable (machine fingerprint, config,
 * measuring preset), the verdicts (IMPROVED, REGRESSED, NO_CHANGE, INSUFFICIENT_DATA, MISSING, NEW,
 * NOT_JUDGED), floors, and {@code comparison.json}. It uses {@code stats}, {@code io} and
 * {@code model}; the mojos only call it. Empty until the gate is built.
 */
package io.tenflowers.bench.baseline;
