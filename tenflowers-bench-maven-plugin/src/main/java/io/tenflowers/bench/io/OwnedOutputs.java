package io.tenflowers.bench.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a benchmark run owns in its output directory. A run removes them all before it starts,
 * so that a file left by an earlier run (a {@code summary.txt} of yesterday, a {@code comparison.json}
 * judging other results) can never pass for one of this run's. Nothing else in the directory is
 * touched.
 */
public final class OwnedOutputs {
    /** Our results. */
    public static final String RESULTS = "results.json";
    /** The text summary. */
    public static final String SUMMARY = "summary.txt";
    /** JMH's raw JSON. */
    public static final String RAW_JSON = "jmh-result.json";
    /** JMH's own output. */
    public static final String LOG = "jmh.log";
    /** The verdicts of a baseline check or a comparison, about one run (by its run id). */
    public static final String COMPARISON = "comparison.json";
    /** The HTML summary of a run. */
    public static final String SUMMARY_HTML = "summary.html";
    /** The Markdown summary of a run (for a CI job summary). */
    public static final String SUMMARY_MARKDOWN = "summary.md";

    /** Every file a run owns, in the order they are listed to the user. */
    public static final List<String> ALL = List.of(RESULTS, SUMMARY, RAW_JSON, LOG, COMPARISON, SUMMARY_HTML,
            SUMMARY_MARKDOWN);

    private OwnedOutputs() {
    }

    /**
     * @param directory the run's output directory (need not exist)
     * @return the names of the files removed, in {@link #ALL}'s order
     * @throws IOException if one exists and cannot be removed
     */
    public static List<String> removeFrom(Path directory) throws IOException {
        List<String> removed = new ArrayList<>();
        for (String name : ALL) {
            if (Files.deleteIfExists(directory.resolve(name))) {
                removed.add(name);
            }
        }
        return removed;
    }
}
