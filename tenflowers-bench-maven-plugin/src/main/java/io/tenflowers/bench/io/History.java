package io.tenflowers.bench.io;

import io.tenflowers.bench.model.ComparisonDocument;
import io.tenflowers.bench.model.ResultsDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Keeps every run's {@code results.json} for trend charts, in a directory that survives
 * {@code mvn clean} (by default {@code ${project.basedir}/.benchmarks/}, listed in
 * {@code .gitignore}). File names sort by time: {@code 20250101T120000Z-<commit7>-<config>-<category>-<preset>.json}.
 * A gate's verdicts about a run kept here go to {@code comparisons/<runId>.json}: a subdirectory, so
 * that whatever lists the history's {@code *.json} (noise bands, trend charts) sees only results.
 * {@link HistoryReader} reads both back.
 */
public final class History {
    /** The subdirectory of the history that holds the gates' verdicts, one file per judged run. */
    public static final String COMPARISONS = "comparisons";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private History() {
    }

    /**
     * @param directory the history directory (created if missing)
     * @param document  the run's results
     * @return the file written
     * @throws IOException if it cannot be written
     */
    public static Path append(Path directory, ResultsDocument document) throws IOException {
        ResultsDocument.Run run = document.run();
        String commit = run.git().commit() == null ? "nogit" : run.git().commit().substring(0, 7)
                + (Boolean.TRUE.equals(run.git().dirty()) ? "+dirty" : "");
        String name = STAMP.format(Instant.parse(run.time())) + "-" + commit + "-" + safe(run.config()) + "-"
                + safe(run.category()) + "-" + safe(run.preset()) + ".json";
        Path file = directory.resolve(name);
        AtomicFiles.write(file, ResultsJson.toJson(document));
        return file;
    }

    /**
     * Keeps a gate's verdicts about a run of the history, for the report's marks on the trend
     * charts; a later verdict about the same run replaces the earlier one.
     *
     * @param directory the history directory
     * @param document  the verdicts; {@link ComparisonDocument#resultsRunId()} names the run
     * @return the file written, {@code <directory>/comparisons/<runId>.json}
     * @throws IllegalArgumentException if the document names no run
     * @throws IOException              if it cannot be written
     */
    public static Path appendComparison(Path directory, ComparisonDocument document) throws IOException {
        String runId = document.resultsRunId();
        if (runId == null || runId.isBlank()) {
            throw new IllegalArgumentException("the comparison names no run (resultsRunId is " + runId
                    + "), so no run of the history can be given it");
        }
        Path file = comparisonFile(directory, runId);
        ComparisonJson.write(document, file);
        return file;
    }

    /**
     * @return where the verdicts about run {@code runId} are kept. Run ids are already safe
     * ({@link RunId}); any other character, a path separator above all, becomes {@code _}.
     */
    static Path comparisonFile(Path directory, String runId) {
        return directory.resolve(COMPARISONS).resolve(runId.replaceAll("[^A-Za-z0-9_-]", "_") + ".json");
    }

    private static String safe(String part) {
        return part.replaceAll("[^A-Za-z0-9_.]", "_");
    }
}
