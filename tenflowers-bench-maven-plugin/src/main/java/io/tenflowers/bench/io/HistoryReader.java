package io.tenflowers.bench.io;

import com.google.gson.JsonParseException;
import io.tenflowers.bench.model.ComparisonDocument;
import io.tenflowers.bench.model.ResultsDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the history that {@link History} keeps, for trend charts and change points: every
 * {@code *.json} directly in the directory is a run's results, and {@code comparisons/<runId>.json}
 * holds a gate's verdicts about one of them. A history collects files over months, from older
 * plugin versions and other hands, so a file that cannot be used costs one warning, not the report.
 */
public final class HistoryReader {
    /**
     * The preset whose runs only prove that benchmarks run: its numbers are taken before the JIT
     * compiled the hot code. Every other preset name (including {@code none}, where the benchmarks'
     * annotations rule) is a measurement. The same name as {@code options.Preset.SMOKE}, spelled out
     * here because {@code io} reads files and knows no options; {@code HistoryReaderTest} checks both agree.
     */
    public static final String SMOKE_PRESET = "smoke";

    private static final Comparator<Entry> BY_TIME = Comparator.comparing(Entry::time)
            .thenComparing(entry -> entry.file().getFileName().toString());

    private HistoryReader() {
    }

    /**
     * One stored run.
     *
     * @param file       its file in the history
     * @param results    its results
     * @param comparison the gate's verdicts about this run, or null when none was stored
     */
    public record Entry(Path file, ResultsDocument results, ComparisonDocument comparison) {
        /** @return when the run started ({@code run.time}) */
        public Instant time() {
            return Instant.parse(results.run().time());
        }
    }

    /**
     * Reads a history directory. Missing directory → empty list. Unreadable/corrupt files are skipped
     * with one warning line each naming the file and why: not JSON, not a {@code results.json}, another
     * schema version, no valid run time (results); not JSON, no run id, another schema version
     * (comparisons). Files that are not {@code *.json} are not read.
     *
     * @param directory the history directory, or null
     * @param warnings  receives the warning lines ({@code History: skipped <file>[:line:column]: <why>})
     * @return its runs, oldest first (by {@code run.time}, then file name), each with its comparison
     */
    public static List<Entry> read(Path directory, Consumer<String> warnings) {
        if (directory == null || !Files.exists(directory)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (Path file : jsonFiles(directory, warnings)) {
            ResultsDocument results = results(file, warnings);
            if (results != null) {
                entries.add(new Entry(file, results, null));
            }
        }
        Map<String, ComparisonDocument> comparisons = comparisons(directory.resolve(History.COMPARISONS), warnings);
        List<Entry> attached = new ArrayList<>();
        for (Entry entry : entries) {
            // A comparison whose run is not (or no longer) here is left alone: nothing to mark.
            attached.add(new Entry(entry.file(), entry.results(), comparisons.get(entry.results().run().runId())));
        }
        attached.sort(BY_TIME);
        return List.copyOf(attached);
    }

    /**
     * Entries comparable with the given run: same machine fingerprint id, same config, a measuring
     * preset (not smoke). Differences between machines or configs are theirs, not the code's, and a
     * smoke run copied into the history must not join a trend. A run of unknown machine is comparable
     * with none.
     *
     * @param entries the history, as {@link #read} returns it
     * @param current the run the trend is drawn for (its own entry, when in the history, is kept)
     * @return the comparable entries, in their order
     */
    public static List<Entry> comparableWith(List<Entry> entries, ResultsDocument current) {
        String machine = machineId(current.run());
        if (machine == null) {
            return List.of();
        }
        return entries.stream()
                .filter(entry -> machine.equals(machineId(entry.results().run()))
                        && Objects.equals(entry.results().run().config(), current.run().config())
                        && isMeasuring(entry.results().run().preset()))
                .toList();
    }

    /**
     * @param preset a run's preset name
     * @return whether its numbers are measurements: any named preset but {@value #SMOKE_PRESET}
     */
    public static boolean isMeasuring(String preset) {
        return preset != null && !SMOKE_PRESET.equals(preset);
    }

    private static String machineId(ResultsDocument.Run run) {
        return run.machineFingerprint() == null ? null : run.machineFingerprint().id();
    }

    /** @return the directory's regular {@code *.json} files by name (not its subdirectories') */
    private static List<Path> jsonFiles(Path directory, Consumer<String> warnings) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            warnings.accept("History: cannot list " + directory + " (" + e.getMessage() + "): no trends drawn");
            return List.of();
        }
    }

    /** @return the results in the file, or null after a warning */
    private static ResultsDocument results(Path file, Consumer<String> warnings) {
        String text = text(file, warnings);
        if (text == null) {
            return null;
        }
        ResultsDocument results;
        try {
            results = ResultsJson.read(text);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            warnings.accept(notJson(file, e));
            return null;
        }
        String why = null;
        if (results == null || results.run() == null) {
            why = "not a results.json (no \"run\")";
        } else if (results.schemaVersion() != ResultsDocument.SCHEMA_VERSION) {
            why = "results of schemaVersion " + results.schemaVersion() + "; this plugin reads version "
                    + ResultsDocument.SCHEMA_VERSION;
        } else if (results.benchmarks() == null) {
            why = "not a results.json (no \"benchmarks\")";
        } else if (!isInstant(results.run().time())) {
            why = "no valid run time (field run.time is " + results.run().time() + ")";
        }
        if (why != null) {
            warnings.accept("History: skipped " + file + ": " + why);
            return null;
        }
        return results;
    }

    /** @return the stored verdicts by the run id they judge */
    private static Map<String, ComparisonDocument> comparisons(Path directory, Consumer<String> warnings) {
        Map<String, ComparisonDocument> byRun = new HashMap<>();
        if (!Files.isDirectory(directory)) {
            return byRun;
        }
        for (Path file : jsonFiles(directory, warnings)) {
            String text = text(file, warnings);
            if (text == null) {
                continue;
            }
            ComparisonDocument comparison;
            try {
                comparison = ComparisonJson.read(text);
            } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
                warnings.accept(notJson(file, e));
                continue;
            }
            if (comparison == null || comparison.resultsRunId() == null) {
                warnings.accept("History: skipped " + file + ": not a comparison.json (no \"resultsRunId\")");
            } else if (comparison.schemaVersion() != ComparisonDocument.SCHEMA_VERSION) {
                warnings.accept("History: skipped " + file + ": a comparison of schemaVersion "
                        + comparison.schemaVersion() + "; this plugin reads version " + ComparisonDocument.SCHEMA_VERSION);
            } else {
                byRun.put(comparison.resultsRunId(), comparison);
            }
        }
        return byRun;
    }

    private static String text(Path file, Consumer<String> warnings) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            warnings.accept("History: skipped " + file + ": cannot read it (" + e + ")");
            return null;
        }
    }

    private static String notJson(Path file, RuntimeException e) {
        String where = JsonLocations.lineAndColumn(e.getMessage());
        String detail = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getMessage();
        return "History: skipped " + file + (where == null ? "" : ":" + where) + ": not readable JSON (" + detail + ")";
    }

    private static boolean isInstant(String time) {
        try {
            return time != null && Instant.parse(time) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
