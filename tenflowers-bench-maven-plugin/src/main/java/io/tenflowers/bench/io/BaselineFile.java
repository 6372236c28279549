package io.tenflowers.bench.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import io.tenflowers.bench.model.BaselineDocument.Floor;
import io.tenflowers.bench.model.BaselineDocument.SavedBenchmark;
import io.tenflowers.bench.model.BaselineDocument.SavedMetric;
import io.tenflowers.bench.model.BaselineDocument.SavedRun;
import io.tenflowers.bench.model.BaselineDocument;
import io.tenflowers.bench.model.ResultsDocument;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads and writes {@code baseline.json}. A plain {@code results.json} is accepted as a baseline
 * too (one saved run, no floors: "old against new", as benchstat compares two files). Every problem
 * is reported with the file, the line and the field, and what to do; nothing is half-read.
 */
public final class BaselineFile {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls()
            .disableHtmlEscaping().create();

    private BaselineFile() {
    }

    /**
     * @param file a {@code baseline.json} or a {@code results.json}
     * @return its content as a baseline
     * @throws BaselineFileException naming the file, line, field and fix of every problem found
     */
    public static BaselineDocument read(Path file) throws BaselineFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BaselineFileException("No baseline at " + file + ". Create one on the machine that gates: "
                    + "run the benchmarks with a measuring preset (e.g. -Dtenflowers.bench.preset=gate), then "
                    + "`mvn tenflowers-bench:save-baseline`; or point tenflowers.bench.baselineFile at another file.");
        } catch (IOException e) {
            throw new BaselineFileException("Cannot read the baseline " + file + ": " + e.getMessage());
        }
        JsonElement root = parse(file, text);
        if (!root.isJsonObject()) {
            throw new BaselineFileException(file + ":1: not a baseline: expected a JSON object with \"schemaVersion\","
                    + " \"floors\" and \"runs\" (or a results.json).");
        }
        JsonObject object = root.getAsJsonObject();
        if (object.has("run") && object.has("benchmarks")) {
            return fromResults(file, text, object);
        }
        int version = schemaVersion(file, text, object);
        if (version != BaselineDocument.SCHEMA_VERSION) {
            throw new BaselineFileException(file + ":" + JsonLocations.lineOf(text, "$.schemaVersion")
                    + ": unknown schemaVersion " + version + " (field schemaVersion); this plugin reads version "
                    + BaselineDocument.SCHEMA_VERSION + ". Use the plugin version that wrote it, or save the "
                    + "baseline again with this one.");
        }
        BaselineDocument document;
        try {
            document = GSON.fromJson(object, BaselineDocument.class);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new BaselineFileException(file + ": a field has the wrong type: " + e.getMessage()
                    + ". Compare it with baseline.schema.json.");
        }
        List<String> problems = new ArrayList<>();
        validateFloors(document.floors(), text, problems);
        for (int r = 0; r < document.runs().size(); r++) {
            validateRun(document.runs().get(r), "$.runs[" + r + "]", text, problems);
        }
        if (!problems.isEmpty()) {
            throw new BaselineFileException("The baseline " + file + " cannot be used:" + System.lineSeparator()
                    + String.join(System.lineSeparator(), problems.stream().map(p -> "  " + file + ":" + p).toList()));
        }
        return document;
    }

    /**
     * Writes the baseline atomically: a reader sees the old file or the whole new one.
     *
     * @param document the baseline
     * @param file     where
     * @throws IOException if it cannot be written (the old file is then untouched)
     */
    public static void write(BaselineDocument document, Path file) throws IOException {
        AtomicFiles.write(file, GSON.toJson(document) + "\n");
    }

    private static JsonElement parse(Path file, String text) throws BaselineFileException {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT); // NaN, comments and trailing commas are errors
            JsonElement element = com.google.gson.JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new BaselineFileException(file + ":" + JsonLocations.line(reader)
                        + ": text after the end of the JSON document. Remove it.");
            }
            return element;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            String gson = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : String.valueOf(e.getMessage());
            String where = JsonLocations.lineAndColumn(gson);
            java.util.regex.Matcher path = Pattern.compile(" path \\$\\.?(\\S*)").matcher(gson);
            String field = path.find() && !path.group(1).isEmpty() ? " near field " + path.group(1) : "";
            String reason = gson.replaceFirst("(?s)\\s*See https://\\S+.*$", "")
                    .replaceFirst(" at line \\d+ column \\d+ path \\S*", "")
                    .replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON",
                            "a value that is not JSON (NaN, Infinity, a comment or a trailing comma?)")
                    .replace("Expected name", "a field name was expected (a trailing comma before it?)")
                    .replace("Expected value", "a value was expected (a trailing comma, or a missing value?)").trim();
            throw new BaselineFileException(file + (where == null ? "" : ":" + where) + ": not valid JSON" + field
                    + ": " + reason + ". Fix the file, or restore it from git.");
        }
    }

    private static int schemaVersion(Path file, String text, JsonObject object) throws BaselineFileException {
        JsonElement version = object.get("schemaVersion");
        if (version == null || !version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()) {
            throw new BaselineFileException(file + ":1: not a baseline: no numeric \"schemaVersion\" (field "
                    + "schemaVersion). A baseline has schemaVersion, floors and runs; a results.json has run and "
                    + "benchmarks.");
        }
        return version.getAsInt();
    }

    private static BaselineDocument fromResults(Path file, String text, JsonObject object)
            throws BaselineFileException {
        ResultsDocument results;
        try {
            results = ResultsJson.read(object.toString());
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new BaselineFileException(file + ": a results.json with a field of the wrong type: "
                    + e.getMessage() + ".");
        }
        if (results.schemaVersion() != ResultsDocument.SCHEMA_VERSION) {
            throw new BaselineFileException(file + ":" + JsonLocations.lineOf(text, "$.schemaVersion")
                    + ": a results.json of schemaVersion " + results.schemaVersion() + " (field schemaVersion); "
                    + "this plugin reads version " + ResultsDocument.SCHEMA_VERSION + ". Run the benchmarks again.");
        }
        if (results.benchmarks() == null || results.benchmarks().isEmpty()) {
            throw new BaselineFileException(file + ": a results.json without any benchmark result (field benchmarks)"
                    + "; it cannot serve as a baseline.");
        }
        BaselineDocument document = new BaselineDocument(BaselineDocument.SCHEMA_VERSION, List.of(),
                List.of(savedRun(results, null, Map.of())));
        List<String> problems = new ArrayList<>();
        validateRun(document.runs().get(0), "$", text, problems);
        if (!problems.isEmpty()) {
            throw new BaselineFileException("The results " + file + " cannot serve as a baseline:"
                    + System.lineSeparator() + String.join(System.lineSeparator(),
                    problems.stream().map(p -> "  " + file + ":" + p).toList()));
        }
        return document;
    }

    /**
     * @param results    a run's results
     * @param savedAt    when it is saved, or null
     * @param noiseBands learned bands by benchmark id (primary metric) or {@code id#metric}
     * @return the run as a baseline entry
     */
    public static SavedRun savedRun(ResultsDocument results, String savedAt, Map<String, Double> noiseBands) {
        ResultsDocument.Run run = results.run();
        List<SavedBenchmark> benchmarks = new ArrayList<>();
        for (ResultsDocument.Benchmark b : results.benchmarks()) {
            Map<String, SavedMetric> secondary = new LinkedHashMap<>();
            if (b.secondary() != null) {
                b.secondary().forEach((name, m) -> secondary.put(name, new SavedMetric(m.unit(), m.direction(),
                        m.score(), m.samples(), noiseBands.get(b.id() + "#" + name))));
            }
            benchmarks.add(new SavedBenchmark(b.id(), b.unit(), b.direction(), b.score(), b.samples(),
                    noiseBands.get(b.id()), secondary));
        }
        return new SavedRun(run.runId(), savedAt, run.git() == null ? null : run.git().commit(),
                run.machineFingerprint(), run.jvm(), run.config(), run.preset(), run.runLength(), benchmarks);
    }

    private static void validateFloors(List<Floor> floors, String text, List<String> problems) {
        for (int i = 0; i < floors.size(); i++) {
            Floor floor = floors.get(i);
            String path = "$.floors[" + i + "]";
            if (floor.benchmark() == null || floor.benchmark().isBlank()) {
                problems.add(at(text, path) + ": a floor without \"benchmark\" (field floors[" + i + "].benchmark): "
                        + "name a benchmark id or a regex of ids.");
            } else {
                try {
                    Pattern.compile(floor.benchmark());
                } catch (PatternSyntaxException e) {
                    problems.add(at(text, path + ".benchmark") + ": floors[" + i + "].benchmark is not a valid regex: "
                            + e.getDescription() + ". Quote regex characters of an id with \\\\.");
                }
            }
            if (floor.minimum() == null && floor.maximum() == null) {
                problems.add(at(text, path) + ": floors[" + i + "] has neither \"minimum\" nor \"maximum\": give one.");
            }
            if (floor.unit() == null || floor.unit().isBlank()) {
                problems.add(at(text, path) + ": floors[" + i + "] has no \"unit\" (e.g. ops/s): a limit without its "
                        + "unit cannot be checked.");
            }
        }
    }

    private static void validateRun(SavedRun run, String path, String text, List<String> problems) {
        if (run.machineFingerprint() == null || run.machineFingerprint().id() == null) {
            problems.add(at(text, path) + ": the saved run has no machine fingerprint (field machineFingerprint): "
                    + "save it again with save-baseline.");
        }
        Set<String> ids = new HashSet<>();
        String list = path.equals("$") ? "$.benchmarks" : path + ".benchmarks";
        for (int i = 0; i < run.benchmarks().size(); i++) {
            SavedBenchmark b = run.benchmarks().get(i);
            String here = list + "[" + i + "]";
            if (b.id() == null || b.id().isBlank()) {
                problems.add(at(text, here) + ": a benchmark without \"id\" (field " + field(here) + ".id).");
                continue;
            }
            if (!ids.add(b.id())) {
                problems.add(at(text, here + ".id") + ": benchmark " + b.id() + " appears twice (field "
                        + field(here) + ".id): keep one entry per id.");
            }
            if (b.score() == null || !Double.isFinite(b.score()) || b.score() < 0) {
                problems.add(at(text, here + ".score") + ": benchmark " + b.id() + " has score " + b.score()
                        + " (field " + field(here) + ".score): a score is a finite number ≥ 0.");
            }
            if (b.samples() != null) {
                for (List<Double> fork : b.samples()) {
                    for (Double sample : fork == null ? List.<Double>of() : fork) {
                        if (sample != null && (!Double.isFinite(sample) || sample < 0)) {
                            problems.add(at(text, here + ".samples") + ": benchmark " + b.id() + " has a sample "
                                    + sample + " (field " + field(here) + ".samples): samples are finite numbers ≥ 0.");
                        }
                    }
                }
            }
        }
    }

    private static String at(String text, String path) {
        int line = JsonLocations.lineOf(text, path);
        return line > 0 ? String.valueOf(line) : "?";
    }

    /** @return the path without the leading {@code $.}, as users read it: {@code runs[0].benchmarks[2]} */
    private static String field(String path) {
        return path.startsWith("$.") ? path.substring(2) : path.equals("$") ? "" : path;
    }
}
