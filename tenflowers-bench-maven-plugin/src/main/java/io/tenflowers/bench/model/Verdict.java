package io.tenflowers.bench.model;

/** What the baseline gate (and later {@code compare}) says of one benchmark's metric. */
public enum Verdict {
    /** Significantly better, by more than the threshold. */
    IMPROVED,
    /** Significantly worse, by more than the threshold: fails the build. */
    REGRESSED,
    /** Within the threshold, or not significant. */
    NO_CHANGE,
    /** Too few forks on one side for any difference to ever be significant at the adjusted α. */
    INSUFFICIENT_DATA,
    /** In the baseline, absent from the results. */
    MISSING,
    /** In the results, absent from the baseline. */
    NEW,
    /** Not compared: a smoke run, another machine or config, or no saved run. */
    NOT_JUDGED
}
