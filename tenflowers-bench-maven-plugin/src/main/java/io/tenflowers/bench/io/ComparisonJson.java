package io.tenflowers.bench.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.tenflowers.bench.model.ComparisonDocument;

import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code comparison.json} beside the results it judges, atomically. */
public final class ComparisonJson {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls()
            .disableHtmlEscaping().serializeSpecialFloatingPointValues().create();

    private ComparisonJson() {
    }

    /** @return the document as JSON text, ending with a newline */
    public static String toJson(ComparisonDocument document) {
        return GSON.toJson(document) + "\n";
    }

    /** Writes the document atomically. */
    public static void write(ComparisonDocument document, Path file) throws IOException {
        AtomicFiles.write(file, toJson(document));
    }

    /** @return the document read back */
    public static ComparisonDocument read(String json) {
        return GSON.fromJson(json, ComparisonDocument.class);
    }
}
