/**
 * Statistics over samples, free of I/O and of Maven: today the log-log scaling fit. The baseline
 * gate's tests go here (Mann-Whitney U from Apache Commons Statistics over forks as units, the
 * suite-wide adjustment, confidence intervals of the change), as do change-point detection over the
 * history and the paired statistics of {@code compare}. Uses only {@code model}.
 */
package io.tenflowers.bench.stats;
