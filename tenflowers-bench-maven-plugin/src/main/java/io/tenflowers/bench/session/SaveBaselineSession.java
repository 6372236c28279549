package io.tenflowers.bench.session;

import io.tenflowers.bench.baseline.BaselineChoice;
import io.tenflowers.bench.baseline.NoiseBands;
import io.tenflowers.bench.io.BaselineFile;
import io.tenflowers.bench.io.BaselineFileException;
import io.tenflowers.bench.io.ResultsJson;
import io.tenflowers.bench.model.BaselineDocument.SavedRun;
import io.tenflowers.bench.model.BaselineDocument;
import io.tenflowers.bench.model.ResultsDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The {@code save-baseline} goal without Maven: turn a run's results into the baseline's saved run
 * for its machine, config and preset (replacing the previous one of the same three), keep the
 * floors and every other saved run, learn noise bands from the local history, and write the file
 * atomically. Refuses what would make a bad baseline, unless forced.
 */
public final class SaveBaselineSession {
    private final Consumer<String> info;

    public SaveBaselineSession(Consumer<String> info) {
        this.info = info;
    }

    /**
     * @param resultsFile      the run's {@code results.json}
     * @param baselineFile     the baseline to write (created if missing)
     * @param historyDirectory the local history to learn noise bands from, or null
     * @param force            save even a dirty work tree's run
     * @return the saved run
     * @throws BaselineFileException if the results or the existing baseline cannot be used, or the run
     *                               is refused (smoke, dirty tree): the message says why and what to do
     * @throws IOException           if the baseline cannot be written (the old file is then untouched)
     */
    public SavedRun execute(Path resultsFile, Path baselineFile, Path historyDirectory, boolean force)
            throws BaselineFileException, IOException {
        ResultsDocument results = ResultsJson.readForJudging(resultsFile);
        ResultsDocument.Run run = results.run();
        if (BaselineChoice.SMOKE.equals(run.preset())) {
            throw new BaselineFileException("Not saving " + resultsFile + " as a baseline: it is a smoke run, not a "
                    + "measurement. Run a measuring preset first, e.g. `mvn verify -Dtenflowers.bench.preset=gate`.");
        }
        if (Boolean.TRUE.equals(run.git() == null ? null : run.git().dirty()) && !force) {
            throw new BaselineFileException("Not saving " + resultsFile + " as a baseline: it was measured on a work "
                    + "tree with uncommitted changes (commit " + run.git().commit() + " + changes), so no commit "
                    + "reproduces it. Commit and measure again, or pass -Dtenflowers.bench.force=true.");
        }
        BaselineDocument existing = Files.exists(baselineFile) ? BaselineFile.read(baselineFile)
                : new BaselineDocument(BaselineDocument.SCHEMA_VERSION, List.of(), List.of());
        List<ResultsDocument> comparable = history(historyDirectory, results);
        Map<String, Double> bands = NoiseBands.learn(comparable);
        if (bands.isEmpty()) {
            info.accept("Noise bands: not learned (" + comparable.size() + " comparable run(s) of this machine, "
                    + "config and preset; " + NoiseBands.MINIMUM_RUNS + " are needed): thresholds stay as configured.");
        } else {
            info.accept("Noise bands: learned for " + bands.size() + " metric(s) from " + comparable.size()
                    + " runs of this machine, config and preset in " + historyDirectory + ".");
        }
        SavedRun saved = BaselineFile.savedRun(results, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                bands);
        List<SavedRun> runs = new ArrayList<>();
        for (SavedRun other : existing.runs()) {
            if (!sameSetUp(other, saved)) {
                runs.add(other);
            }
        }
        runs.add(saved);
        BaselineFile.write(new BaselineDocument(BaselineDocument.SCHEMA_VERSION, existing.floors(), runs),
                baselineFile);
        info.accept("Saved run " + saved.runId() + " (" + saved.benchmarks().size() + " benchmark(s), config "
                + saved.config() + ", preset " + saved.preset() + ") to " + baselineFile + "; kept "
                + existing.floors().size() + " floor(s) and " + (runs.size() - 1) + " other saved run(s). Commit it.");
        return saved;
    }

    private static boolean sameSetUp(SavedRun a, SavedRun b) {
        return sameSetUp(a.machineFingerprint(), a.config(), a.preset(), b.machineFingerprint(), b.config(),
                b.preset());
    }

    /** @return whether two runs are of one machine, config and preset: comparable, and one replaces the other */
    private static boolean sameSetUp(ResultsDocument.Fingerprint machineA, String configA, String presetA,
                                     ResultsDocument.Fingerprint machineB, String configB, String presetB) {
        return machineA != null && machineB != null && Objects.equals(machineA.id(), machineB.id())
                && Objects.equals(configA, configB) && Objects.equals(presetA, presetB);
    }

    /** @return the runs in the history of the same machine, config and preset, with this one, each once */
    private static List<ResultsDocument> history(Path directory, ResultsDocument current) {
        List<ResultsDocument> runs = new ArrayList<>();
        runs.add(current);
        if (directory == null || !Files.isDirectory(directory)) {
            return runs;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try {
                    ResultsDocument other = ResultsJson.read(Files.readString(file));
                    if (other != null && other.run() != null && comparable(other.run(), current.run())
                            && !Objects.equals(other.run().runId(), current.run().runId())) {
                        runs.add(other);
                    }
                } catch (RuntimeException | IOException unreadable) {
                    // an old or foreign file in the history teaches nothing about this set-up
                }
            }
        } catch (IOException unreadable) {
            return runs;
        }
        return runs;
    }

    private static boolean comparable(ResultsDocument.Run a, ResultsDocument.Run b) {
        return sameSetUp(a.machineFingerprint(), a.config(), a.preset(), b.machineFingerprint(), b.config(),
                b.preset());
    }
}
