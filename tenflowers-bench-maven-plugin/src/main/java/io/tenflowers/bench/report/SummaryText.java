package io.tenflowers.bench.report;

import io.tenflowers.bench.model.JmhTime;
import io.tenflowers.bench.model.ResultsDocument;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code summary.txt}, the seed's performance summary: system information, the key throughput and
 * timing figures (score ± error, time per operation, elements/s, bytes per operation), the derived
 * figures, failures, and where the full results and JMH's log are. Numbers are formatted with
 * {@link Locale#ROOT}, so the file reads the same on every machine.
 */
public final class SummaryText {
    private static final String NL = "\n";
    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private SummaryText() {
    }

    /**
     * @param document the results
     * @param results  path of {@code results.json}
     * @param rawJson  path of JMH's JSON
     * @param log      path of JMH's log
     * @return the summary text
     */
    public static String render(ResultsDocument document, Path results, Path rawJson, Path log) {
        ResultsDocument.Run run = document.run();
        StringBuilder text = new StringBuilder();
        text.append("TenfloweRS benchmark summary").append(NL).append("============================").append(NL);
        line(text, "Started", run.time() + " (" + String.format(Locale.ROOT, "%.0f", run.durationSeconds()) + " s)");
        line(text, "Project", run.project().groupId() + ":" + run.project().artifactId() + ":" + run.project().version());
        line(text, "Git", run.git().commit() == null ? "(not a git work tree)"
                : run.git().commit() + (Boolean.TRUE.equals(run.git().dirty()) ? " (dirty)" : ""));
        line(text, "Config", run.config() + ", category " + run.category() + "; run length: " + run.runLength());
        line(text, "System", run.os().name() + " " + run.os().version() + " " + run.os().arch() + "; "
                + run.cpu().model() + "; " + run.cpu().cores() + " cores; "
                + (run.memoryBytes() == null ? "memory unknown"
                : String.format(Locale.ROOT, "%.1f GiB", run.memoryBytes() / (double) (1L << 30))));
        line(text, "JVM", run.jvm().vendor() + " " + run.jvm().vmName() + " " + run.jvm().version()
                + "; JMH " + run.jmhVersion());
        line(text, "JVM args", String.join(" ", run.jvmArgs()));
        line(text, "Machine", "fingerprint " + run.machineFingerprint().id());
        text.append(NL);

        text.append("Results (score ± 99.9% error; higher is better for ops/…, lower for …/op)").append(NL);
        text.append(String.format(Locale.ROOT, "  %-56s %14s %12s %-8s %12s %14s %12s" + NL, "Benchmark", "Score",
                "± Error", "Unit", "Time/op", "Elements/s", "Bytes/op"));
        for (ResultsDocument.Benchmark b : document.benchmarks()) {
            ResultsDocument.Metric allocation = b.secondary().get(ALLOCATION);
            text.append(String.format(Locale.ROOT, "  %-56s %14s %12s %-8s %12s %14s %12s" + NL, b.id(),
                    number(b.score()), b.error() == null ? "" : "± " + number(b.error()), b.unit(),
                    timePerOp(b.score(), b.unit()), number(b.elementsPerSecond()),
                    allocation == null ? "" : number(allocation.score())));
        }
        if (document.benchmarks().isEmpty()) {
            text.append("  (no results)").append(NL);
        }
        List<ResultsDocument.ScalingExponent> scaling = document.derived().scaling();
        if (!scaling.isEmpty()) {
            text.append(NL).append("Scaling exponents (score ∝ param^b, least squares on log-log)").append(NL);
            for (ResultsDocument.ScalingExponent e : scaling) {
                text.append(String.format(Locale.ROOT, "  %-56s %-10s b = %7.3f  (%d points, %s..%s%s)%s" + NL,
                        e.benchmark(), e.param(), e.exponent(), e.points(), number(e.from()), number(e.to()),
                        e.rSquared() == null ? "" : String.format(Locale.ROOT, ", R² = %.3f", e.rSquared()),
                        e.fixedParams().isEmpty() ? "" : " at " + e.fixedParams()));
            }
        }
        if (!document.derived().ratios().isEmpty()) {
            text.append(NL).append("Ratios").append(NL);
            for (ResultsDocument.Ratio r : document.derived().ratios()) {
                text.append(String.format(Locale.ROOT, "  %-24s %10s%s  = %s / %s (%s)" + NL, r.name(),
                        number(r.value()), r.error() == null ? "" : " ± " + number(r.error()), r.numerator(),
                        r.denominator(), r.metric()));
            }
        }
        if (!document.failures().isEmpty()) {
            text.append(NL).append("Failures").append(NL);
            for (ResultsDocument.Failure f : document.failures()) {
                text.append("  ").append(f.id()).append(" (").append(f.kind()).append("): ").append(f.error()).append(NL);
            }
        }
        text.append(NL).append("Files").append(NL);
        line(text, "Full results", results.toString());
        line(text, "JMH JSON", rawJson == null ? "(none written)" : rawJson.toString());
        line(text, "JMH log", log.toString());
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "%-13s %s" + NL, label + ":", value));
    }

    /** @return five significant digits, no exponent; empty for null */
    static String number(Double value) {
        if (value == null) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(5)).stripTrailingZeros().toPlainString();
    }

    /** @return the time one operation takes, for an {@code ops/…} score, with a readable unit */
    static String timePerOp(Double score, String unit) {
        if (score == null || score <= 0 || unit == null || !unit.startsWith("ops/")) {
            return "";
        }
        Double per = JmhTime.seconds(unit.substring(4)).orElse(null);
        if (per == null) {
            return "";
        }
        double t = per / score;
        if (t < 1e-6) {
            return number(t * 1e9) + " ns";
        } else if (t < 1e-3) {
            return number(t * 1e6) + " µs";
        } else if (t < 1) {
            return number(t * 1e3) + " ms";
        }
        return number(t) + " s";
    }
}
