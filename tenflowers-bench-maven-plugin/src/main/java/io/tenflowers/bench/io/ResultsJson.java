package io.tenflowers.bench.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.tenflowers.bench.model.ResultsDocument;

import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code results.json}: pretty-printed, nulls written out (a null error means "unknown"). */
public final class ResultsJson {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls()
            .disableHtmlEscaping().create();

    private ResultsJson() {
    }

    /** @return the document as JSON text, ending with a newline */
    public static String toJson(ResultsDocument document) {
        return GSON.toJson(document) + "\n";
    }

    /** Writes the document atomically. */
    public static void write(ResultsDocument document, Path file) throws IOException {
        AtomicFiles.write(file, toJson(document));
    }

    /**
     * Reads a run's results for a goal that judges them.
     *
     * @param file {@code results.json}
     * @return the results
     * @throws BaselineFileException if there are none, they are malformed or of another schema, hold no
     *                               benchmark, or come from a run where benchmarks failed
     */
    public static ResultsDocument readForJudging(Path file) throws BaselineFileException {
        Checked checked = readChecked(file);
        ResultsDocument results = checked.results();
        String text = checked.text();
        if (results.failures() != null && !results.failures().isEmpty()) {
            throw new BaselineFileException(file + ": the results of a run in which " + results.failures().size()
                    + " benchmark(s) failed (field failures, first: " + results.failures().get(0).id() + ": "
                    + results.failures().get(0).error() + "). Only complete runs are judged or saved: fix the failures "
                    + "and run again.");
        }
        if (results.benchmarks() == null || results.benchmarks().isEmpty()) {
            throw new BaselineFileException(file + ": no benchmark results (field benchmarks is empty): nothing to "
                    + "judge. Check the category and includes of the run.");
        }
        for (int i = 0; i < results.benchmarks().size(); i++) {
            ResultsDocument.Benchmark b = results.benchmarks().get(i);
            if (b.score() == null || !Double.isFinite(b.score()) || b.score() < 0) {
                throw new BaselineFileException(file + ":" + JsonLocations.lineOf(text, "$.benchmarks[" + i + "].score")
                        + ": benchmark " + b.id() + " has score " + b.score() + " (field benchmarks[" + i + "].score): "
                        + "a score is a finite number ≥ 0. Run the benchmarks again.");
            }
        }
        return results;
    }

    /**
     * Reads a run's results to show them: any complete file of this schema, also one with failures
     * or without benchmarks (a report shows those).
     *
     * @param file {@code results.json}
     * @return the results, with empty lists where the file has none
     * @throws BaselineFileException if the file is missing, malformed or of another schema
     */
    public static ResultsDocument readForReport(Path file) throws BaselineFileException {
        return readChecked(file).results();
    }

    /** The file's text (for locating fields in messages) and its results, parsed and of this schema. */
    private record Checked(String text, ResultsDocument results) {
    }

    private static Checked readChecked(Path file) throws BaselineFileException {
        String text;
        try {
            text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BaselineFileException("No results at " + file + ": run the benchmarks first (`mvn verify`, or "
                    + "the bench goal), or point tenflowers.bench.resultsFile at a results.json.");
        } catch (IOException e) {
            throw new BaselineFileException("Cannot read the results " + file + ": " + e.getMessage());
        }
        ResultsDocument results;
        try {
            results = read(text);
        } catch (com.google.gson.JsonParseException | IllegalStateException | NumberFormatException e) {
            String where = JsonLocations.lineAndColumn(e.getMessage());
            throw new BaselineFileException(file + (where == null ? "" : ":" + where) + ": not a readable results.json: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + ". Run the benchmarks again.");
        }
        if (results == null || results.run() == null) {
            throw new BaselineFileException(file + ": not a results.json (no \"run\"). Run the benchmarks again.");
        }
        if (results.schemaVersion() != ResultsDocument.SCHEMA_VERSION) {
            throw new BaselineFileException(file + ":" + JsonLocations.lineOf(text, "$.schemaVersion")
                    + ": results of schemaVersion " + results.schemaVersion() + " (field schemaVersion); this plugin "
                    + "reads version " + ResultsDocument.SCHEMA_VERSION + ". Run the benchmarks again.");
        }
        return new Checked(text, withEmptyLists(results));
    }

    private static ResultsDocument withEmptyLists(ResultsDocument results) {
        ResultsDocument.Derived derived = results.derived() == null
                ? new ResultsDocument.Derived(java.util.List.of(), java.util.List.of())
                : new ResultsDocument.Derived(results.derived().scaling() == null ? java.util.List.of()
                : results.derived().scaling(), results.derived().ratios() == null ? java.util.List.of()
                : results.derived().ratios(), results.derived().sideBySide() == null ? java.util.List.of()
                : results.derived().sideBySide());
        return new ResultsDocument(results.schemaVersion(), results.run(),
                results.benchmarks() == null ? java.util.List.of() : results.benchmarks(), derived,
                results.failures() == null ? java.util.List.of() : results.failures());
    }

    /** @return the document read back (for tests and later goals) */
    public static ResultsDocument read(String json) {
        return GSON.fromJson(json, ResultsDocument.class);
    }
}
