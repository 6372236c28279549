import io.tenflowers.bench.baseline.BaselineGate;
import io.tenflowers.bench.baseline.GateSettings;
import io.tenflowers.bench.baseline.NoiseBands;
import io.tenflowers.bench.io.BaselineFile;
import io.tenflowers.bench.io.ResultsJson;
import io.tenflowers.bench.model.BaselineDocument;
import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.model.Verdict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Judges every pair of a gate campaign (scripts/gate_campaign.sh) with the plugin's own gate, and
 * with the naive gate (one ratio of scores against a 10 % threshold, as github-action-benchmark does).
 *
 * <p>False alarms: the first LEARN unchanged runs teach the noise bands; every ordered pair of the
 * other (held-out) unchanged runs is judged, the first as the baseline. Power: every slowed run
 * against every held-out unchanged run.
 *
 * <p>Run: java -cp "tenflowers-bench-maven-plugin/target/classes:$(cat /tmp/plugin.cp)"
 * scripts/GateReplay.java /tmp/campaign [LEARN]
 */
public class GateReplay {
    /** Only verdicts of this metric count (e.g. score), or any metric when the property is unset. */
    private static final String METRIC = System.getProperty("metric");

    public static void main(String[] args) throws Exception {
        Path campaign = Path.of(args[0]);
        int learn = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        List<ResultsDocument> unchanged = load(campaign.resolve("unchanged"));
        List<ResultsDocument> slowed = load(campaign.resolve("slowed"));
        List<ResultsDocument> learning = unchanged.subList(0, Math.min(learn, unchanged.size()));
        List<ResultsDocument> heldOut = unchanged.subList(learning.size(), unchanged.size());
        Map<String, Double> bands = NoiseBands.learn(learning);
        GateSettings defaults = GateSettings.defaults();
        double bandFactor = Double.parseDouble(System.getProperty("bandFactor", String.valueOf(defaults.bandFactor())));
        GateSettings settings = new GateSettings(defaults.alpha(), defaults.threshold(), Map.of(), Map.of(), bandFactor,
                defaults.confidence(), false, defaults.exponentTolerance());
        System.out.printf(Locale.ROOT, "%d unchanged runs (%d learn the bands, %d held out), %d slowed runs%n",
                unchanged.size(), learning.size(), heldOut.size(), slowed.size());
        System.out.println("Noise bands learned (primary metric) and the effective thresholds:");
        new TreeMap<>(bands).forEach((key, band) -> {
            if (!key.contains("#")) {
                System.out.printf(Locale.ROOT, "  %-58s band %5.1f %%  threshold %5.1f %%%n", key, band * 100,
                        settings.thresholdFor(key, "score", band).value() * 100);
            }
        });

        int pairs = 0;
        int ourAlarms = 0;
        int naiveAlarms = 0;
        Map<String, Integer> ourByBenchmark = new TreeMap<>();
        Map<String, Integer> naiveByBenchmark = new TreeMap<>();
        for (ResultsDocument a : heldOut) {
            for (ResultsDocument b : heldOut) {
                if (a == b) {
                    continue;
                }
                pairs++;
                List<String> ours = regressed(settings, a, b, bands);
                List<String> naive = naive(a, b);
                ourAlarms += ours.isEmpty() ? 0 : 1;
                naiveAlarms += naive.isEmpty() ? 0 : 1;
                ours.forEach(id -> ourByBenchmark.merge(id, 1, Integer::sum));
                naive.forEach(id -> naiveByBenchmark.merge(id, 1, Integer::sum));
            }
        }
        System.out.printf(Locale.ROOT, "%nFalse alarms over %d ordered pairs of held-out unchanged runs:%n", pairs);
        System.out.printf(Locale.ROOT, "  ours:  %d pair(s) with any REGRESSED verdict %s%n", ourAlarms, ourByBenchmark);
        System.out.printf(Locale.ROOT, "  naive: %d pair(s) with any score 10 %% worse %s%n", naiveAlarms,
                naiveByBenchmark);

        String[][] targets = {{"PerformanceComparison.regression.neural_network[batch=32]", "25 %"},
                {"PerformanceComparison.regression.relu[size=10000]", "15 %"}};
        System.out.printf(Locale.ROOT, "%nPower: %d slowed runs × %d held-out unchanged runs%n", slowed.size(),
                heldOut.size());
        for (String[] target : targets) {
            int n = 0;
            int ours = 0;
            int naive = 0;
            List<String> changes = new ArrayList<>();
            for (ResultsDocument s : slowed) {
                for (ResultsDocument u : heldOut) {
                    n++;
                    if (regressed(settings, u, s, bands).contains(target[0])) {
                        ours++;
                    }
                    if (naive(u, s).contains(target[0])) {
                        naive++;
                    }
                    changes.add(String.format(Locale.ROOT, "%.1f", 100 * (score(s, target[0]) / score(u, target[0]) - 1)));
                }
            }
            System.out.printf(Locale.ROOT, "  %s slowed by %s: ours flagged %d/%d, naive %d/%d; score changes %% %s%n",
                    target[0], target[1], ours, n, naive, n, changes);
        }
        System.out.println("\nOther slowed-run verdicts (benchmarks without a slowdown; each a false alarm):");
        int others = 0;
        for (ResultsDocument s : slowed) {
            for (ResultsDocument u : heldOut) {
                for (String id : regressed(settings, u, s, bands)) {
                    if (!id.equals(targets[0][0]) && !id.equals(targets[1][0])) {
                        others++;
                        System.out.println("  " + id);
                    }
                }
            }
        }
        System.out.println("  total " + others);
    }

    private static List<ResultsDocument> load(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<ResultsDocument> runs = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                runs.add(ResultsJson.read(Files.readString(file)));
            }
            return runs;
        }
    }

    /** @return ids of the benchmarks with any REGRESSED metric when b is judged against a (with the bands) */
    private static List<String> regressed(GateSettings settings, ResultsDocument a, ResultsDocument b,
                                          Map<String, Double> bands) {
        BaselineDocument baseline = new BaselineDocument(1, List.of(), List.of(BaselineFile.savedRun(a, null, bands)));
        BaselineGate.Outcome outcome = new BaselineGate(settings).judge(b, baseline, "replay");
        return outcome.document().verdicts().stream().filter(j -> j.verdict() == Verdict.REGRESSED)
                .filter(j -> METRIC == null || j.metric().equals(METRIC))
                .map(Judgement::id).distinct().toList();
    }

    /** @return ids whose throughput fell by more than 10 % from a to b: one ratio, no statistics */
    private static List<String> naive(ResultsDocument a, ResultsDocument b) {
        List<String> alarms = new ArrayList<>();
        for (ResultsDocument.Benchmark now : b.benchmarks()) {
            Double before = score(a, now.id());
            if (before != null && now.score() != null && now.score() / before < 0.9) {
                alarms.add(now.id());
            }
        }
        return alarms;
    }

    private static Double score(ResultsDocument run, String id) {
        return run.benchmarks().stream().filter(x -> x.id().equals(id)).map(ResultsDocument.Benchmark::score)
                .findFirst().orElse(null);
    }
}
