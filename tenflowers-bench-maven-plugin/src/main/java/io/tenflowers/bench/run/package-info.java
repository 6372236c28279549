/**
 * Running child JVMs: JMH (one run per machine, through JMH's lock), its progress lines, stopping
 * it and its forks, the environment probe, and the failure message of a run. Uses {@code jmh},
 * {@code options}, {@code model} and {@code io}.
 */
package io.tenflowers.bench.run;
