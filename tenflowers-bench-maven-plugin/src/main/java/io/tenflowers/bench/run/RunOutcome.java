package io.tenflowers.bench.run;

import io.tenflowers.bench.jmh.JmhRecord;

import io.tenflowers.bench.model.BenchmarkFailure;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * How a JMH run ended.
 *
 * @param exitCode   the JMH JVM's exit code
 * @param failures   failures read from the log
 * @param rawJson    JMH's JSON results, or null if JMH wrote none
 * @param log        JMH's full output
 * @param startedAt  when the JMH JVM started
 * @param finishedAt when it ended
 * @param stoppedBy  the set-up failure after which the run was stopped (JMH and its forks
 *                   destroyed; JMH then writes no JSON, so {@code rawJson} is null), or null if JMH
 *                   ran to its end
 * @param logRecords the results of the benchmarks that completed, rebuilt from the log as it
 *                   streamed (what a stopped run has instead of JMH's JSON)
 */
public record RunOutcome(int exitCode, List<BenchmarkFailure> failures, Path rawJson, Path log, Instant startedAt,
                         Instant finishedAt, BenchmarkFailure stoppedBy, List<JmhRecord> logRecords) {
}
