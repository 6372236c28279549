/**
 * Turns JMH's records, the failures and the run's metadata into {@code results.json}'s document:
 * ids, directions, elements/s, scaling exponents and declared ratios. Uses {@code jmh},
 * {@code stats} and {@code model}.
 */
package io.tenflowers.bench.results;
