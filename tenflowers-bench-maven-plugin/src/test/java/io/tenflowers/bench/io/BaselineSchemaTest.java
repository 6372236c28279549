package io.tenflowers.bench.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.tenflowers.bench.model.BaselineDocument;
import io.tenflowers.bench.model.ResultsDocument;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The baseline's format is sealed two ways: the file {@code save-baseline} writes from seeded data is
 * a golden file ({@code -Dgolden.update=true} regenerates it: review the diff, and bump the schema
 * version if a reader could notice), and the published JSON Schema names exactly the fields of the
 * records that are written.
 */
class BaselineSchemaTest {
    private static BaselineDocument seededBaseline() throws Exception {
        ResultsDocument results = ResultsJsonTest.seededDocument();
        BaselineDocument.SavedRun run = BaselineFile.savedRun(results, "2025-01-03T00:00:00Z",
                Map.of("Sample.props[size=10]", 0.042, "Sample.props[size=10]#gc.alloc.rate.norm", 0.001));
        return new BaselineDocument(BaselineDocument.SCHEMA_VERSION, List.of(new BaselineDocument.Floor(
                "Sample\\.props\\[size=10\\]", "score", 1000.0, null, "ops/s", "a reason, written down")),
                List.of(run));
    }

    @Test
    void theWrittenBaselineMatchesTheGoldenFileAndReadsBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("baseline.json");
        BaselineFile.write(seededBaseline(), file);
        String written = java.nio.file.Files.readString(file);
        ResultsJsonTest.assertGolden("baseline.json", written);
        assertEquals(seededBaseline(), BaselineFile.read(file));
    }

    @Test
    void theSchemaNamesExactlyTheRecordsFields() throws Exception {
        JsonObject schema;
        try (InputStream in = BaselineFile.class.getResourceAsStream("/io/tenflowers/bench/baseline.schema.json")) {
            assertNotNull(in, "the schema is in the plugin's jar");
            schema = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
        assertEquals(fields(BaselineDocument.class), required(schema));
        JsonObject defs = schema.getAsJsonObject("$defs");
        assertEquals(fields(BaselineDocument.Floor.class), required(defs.getAsJsonObject("floor")));
        assertEquals(fields(BaselineDocument.SavedRun.class), required(defs.getAsJsonObject("savedRun")));
        assertEquals(fields(BaselineDocument.SavedBenchmark.class), required(defs.getAsJsonObject("savedBenchmark")));
        assertEquals(fields(BaselineDocument.SavedMetric.class), required(defs.getAsJsonObject("savedMetric")));
        assertEquals(fields(ResultsDocument.Fingerprint.class), required(defs.getAsJsonObject("fingerprint")));
        assertEquals(BaselineDocument.SCHEMA_VERSION,
                schema.getAsJsonObject("properties").getAsJsonObject("schemaVersion").get("const").getAsInt());
    }

    private static Set<String> fields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> required(JsonObject definition) {
        JsonArray required = definition.getAsJsonArray("required");
        Set<String> names = new TreeSet<>();
        required.forEach(name -> names.add(name.getAsString()));
        return names;
    }
}
