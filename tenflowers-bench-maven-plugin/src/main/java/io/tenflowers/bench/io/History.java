package io.tenflowers.bench.io;

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
 */
public final class History {
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

    private static String safe(String part) {
        return part.replaceAll("[^A-Za-z0-9_.]", "_");
    }
}
