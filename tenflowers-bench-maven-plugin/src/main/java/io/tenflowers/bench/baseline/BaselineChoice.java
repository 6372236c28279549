package io.tenflowers.bench.baseline;

import io.tenflowers.bench.model.BaselineDocument.SavedRun;
import io.tenflowers.bench.model.BaselineDocument;
import io.tenflowers.bench.model.ResultsDocument;

import java.util.List;
import java.util.Objects;

/**
 * Which saved run a run is compared with: the newest one of the same machine fingerprint and config,
 * saved from a measuring preset (any but {@code smoke}). Results from another machine are not
 * compared (their differences are the machine's) unless asked; a smoke run is never judged.
 *
 * @param saved     the saved run to compare with, or null
 * @param notJudged why the relative rule does not judge, or null
 * @param warning   a line the user must see (another machine), or null
 * @param floors    whether the floors judge this run
 */
public record BaselineChoice(SavedRun saved, String notJudged, String warning, boolean floors) {
    /** The preset whose runs only prove that benchmarks run. */
    public static final String SMOKE = "smoke";

    /**
     * @param results        the run to judge
     * @param baseline       the baseline
     * @param acrossMachines compare with a run from another machine anyway
     * @return the choice
     */
    public static BaselineChoice of(ResultsDocument results, BaselineDocument baseline, boolean acrossMachines) {
        ResultsDocument.Run run = results.run();
        if (SMOKE.equals(run.preset())) {
            return new BaselineChoice(null, "a smoke run is not a measurement (its hot code is not compiled by the "
                    + "JIT yet); neither the relative rule nor the floors judge it. Run a measuring preset, e.g. "
                    + "-Dtenflowers.bench.preset=gate", null, false);
        }
        boolean floors = "release".equals(run.config());
        List<SavedRun> sameConfig = baseline.runs().stream()
                .filter(saved -> Objects.equals(saved.config(), run.config()) && !SMOKE.equals(saved.preset()))
                .toList();
        if (sameConfig.isEmpty()) {
            return new BaselineChoice(null, "the baseline has no saved run of config " + run.config()
                    + "; save one on this machine with `mvn tenflowers-bench:save-baseline` after a measuring run",
                    null, floors);
        }
        String here = run.machineFingerprint() == null ? null : run.machineFingerprint().id();
        for (int i = sameConfig.size() - 1; i >= 0; i--) {
            SavedRun saved = sameConfig.get(i);
            if (saved.machineFingerprint() != null && Objects.equals(saved.machineFingerprint().id(), here)) {
                return new BaselineChoice(saved, null, null, floors);
            }
        }
        SavedRun newest = sameConfig.get(sameConfig.size() - 1);
        String machines = "here " + describe(run.machineFingerprint()) + "; baseline " + describe(
                newest.machineFingerprint());
        if (acrossMachines) {
            return new BaselineChoice(newest, null, "Comparing with a baseline from another machine "
                    + "(compareAcrossMachines): " + machines + ". Differences may be the machine's.", floors);
        }
        String why = "the results come from another machine than the baseline's (" + machines + ")";
        return new BaselineChoice(null, why + "; relative rules skipped, floors still apply. Set "
                + "tenflowers.bench.compareAcrossMachines=true to compare anyway, or save a baseline on this machine",
                "Results from another machine than the baseline's (" + machines + "): relative rules skipped, floors "
                        + "still apply.", floors);
    }

    private static String describe(ResultsDocument.Fingerprint fingerprint) {
        if (fingerprint == null) {
            return "unknown machine";
        }
        return fingerprint.cpuModel() + ", " + fingerprint.cores() + " cores, " + fingerprint.memoryGiB() + " GiB, "
                + fingerprint.jvmVendor() + " JVM " + fingerprint.jvmMajorVersion() + " [" + fingerprint.id() + "]";
    }
}
