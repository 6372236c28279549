package io.tenflowers.bench.report;

import io.tenflowers.bench.model.ResultsDocument;
import io.tenflowers.bench.report.ReportPage.Fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The run's metadata as label and value lines: what ran, where, how long. */
final class RunFacts {
    private RunFacts() {
    }

    static List<Fact> of(ResultsDocument.Run run) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Run", run.runId() + ", started " + run.time() + " ("
                + String.format(Locale.ROOT, "%.0f s", run.durationSeconds()) + ")"));
        ResultsDocument.Git git = run.git();
        facts.add(new Fact("Commit", git == null || git.commit() == null ? "not a git work tree"
                : git.commit() + (Boolean.TRUE.equals(git.dirty()) ? " (uncommitted changes)" : "")));
        if (run.project() != null) {
            facts.add(new Fact("Project", run.project().groupId() + ":" + run.project().artifactId() + ":"
                    + run.project().version()));
        }
        String memory = run.memoryBytes() == null ? "memory unknown"
                : String.format(Locale.ROOT, "%.1f GiB", run.memoryBytes() / (double) (1L << 30));
        facts.add(new Fact("Machine", (run.cpu() == null ? "CPU unknown" : run.cpu().model() + ", " + run.cpu().cores()
                + " cores") + ", " + memory + (run.machineFingerprint() == null ? ""
                : "; fingerprint " + run.machineFingerprint().id())));
        if (run.os() != null) {
            facts.add(new Fact("OS", run.os().name() + " " + run.os().version() + " (" + run.os().arch() + ")"));
        }
        facts.add(new Fact("JVM", (run.jvm() == null ? "unknown"
                : run.jvm().vendor() + " " + run.jvm().vmName() + " " + run.jvm().version()) + "; JMH " + run.jmhVersion()));
        facts.add(new Fact("Configuration", run.config() + ", category " + run.category() + ", preset "
                + run.preset()));
        if (run.runLength() != null) {
            facts.add(new Fact("Run length", run.runLength()));
        }
        if (run.jvmArgs() != null && !run.jvmArgs().isEmpty()) {
            facts.add(new Fact("JVM arguments", String.join(" ", run.jvmArgs())));
        }
        if (run.includes() != null && !run.includes().isBlank()) {
            facts.add(new Fact("Includes", run.includes()));
        }
        return facts;
    }

    static List<Fact> environment(ResultsDocument.Run run) {
        List<Fact> facts = new ArrayList<>();
        if (run.environment() == null) {
            return facts;
        }
        for (Map.Entry<String, String> entry : run.environment().entrySet()) {
            facts.add(new Fact(entry.getKey(), entry.getValue()));
        }
        return facts;
    }
}
