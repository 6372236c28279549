package io.tenflowers.bench.jmh;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JMH's JSON result format ({@code -rf json}) defensively: JMH writes {@code "NaN"} as a
 * string where a number is undefined (the error of fewer than 3 samples), and fields it does not
 * know for a mode are absent.
 */
public final class JmhJsonReader {
    private JmhJsonReader() {
    }

    /**
     * @param file JMH's JSON file
     * @return its entries, in file order
     * @throws IOException if it cannot be read or is not JMH's format
     */
    public static List<JmhRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonElement root = JsonParser.parseReader(reader);
            if (root.isJsonNull()) {
                return List.of(); // an empty file: JMH produced nothing
            }
            if (!root.isJsonArray()) {
                throw new IOException(file + " is not JMH's JSON result format (expected an array)");
            }
            List<JmhRecord> records = new ArrayList<>();
            for (JsonElement element : root.getAsJsonArray()) {
                records.add(record(element.getAsJsonObject()));
            }
            return records;
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException("Cannot read JMH's results " + file + ": " + e.getMessage(), e);
        }
    }

    private static JmhRecord record(JsonObject json) {
        Map<String, String> params = new LinkedHashMap<>();
        if (json.has("params") && json.get("params").isJsonObject()) {
            json.getAsJsonObject("params").entrySet().forEach(e -> params.put(e.getKey(), e.getValue().getAsString()));
        }
        Map<String, JmhMetric> secondary = new LinkedHashMap<>();
        if (json.has("secondaryMetrics") && json.get("secondaryMetrics").isJsonObject()) {
            json.getAsJsonObject("secondaryMetrics").entrySet()
                    .forEach(e -> secondary.put(e.getKey(), metric(e.getValue().getAsJsonObject())));
        }
        List<String> jvmArgs = new ArrayList<>();
        if (json.has("jvmArgs") && json.get("jvmArgs").isJsonArray()) {
            json.getAsJsonArray("jvmArgs").forEach(a -> jvmArgs.add(a.getAsString()));
        }
        return new JmhRecord(string(json, "benchmark"), string(json, "mode"), params,
                metric(json.getAsJsonObject("primaryMetric")), secondary, string(json, "jmhVersion"),
                string(json, "jvm"), jvmArgs, string(json, "jdkVersion"), string(json, "vmName"),
                string(json, "vmVersion"), integer(json, "forks"), integer(json, "warmupIterations"),
                integer(json, "measurementIterations"), string(json, "measurementTime"));
    }

    private static JmhMetric metric(JsonObject json) {
        List<List<Double>> samples = new ArrayList<>();
        if (json.has("rawData") && json.get("rawData").isJsonArray()) {
            for (JsonElement fork : json.getAsJsonArray("rawData")) {
                List<Double> iterations = new ArrayList<>();
                for (JsonElement sample : (JsonArray) fork) {
                    iterations.add(number(sample));
                }
                samples.add(iterations);
            }
        }
        return new JmhMetric(number(json.get("score")), number(json.get("scoreError")), string(json, "scoreUnit"),
                samples);
    }

    /** @return the number, or null for a missing value, {@code "NaN"}, or an infinity */
    static Double number(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        try {
            double value = element.getAsJsonPrimitive().isNumber() ? element.getAsDouble()
                    : Double.parseDouble(element.getAsString());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException | IllegalStateException e) {
            return null;
        }
    }

    private static String string(JsonObject json, String key) {
        JsonElement value = json.get(key);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static int integer(JsonObject json, String key) {
        JsonElement value = json.get(key);
        return value == null || value.isJsonNull() ? 0 : value.getAsInt();
    }
}
