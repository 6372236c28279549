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

    /** @return the document read back (for tests and later goals) */
    public static ResultsDocument read(String json) {
        return GSON.fromJson(json, ResultsDocument.class);
    }
}
