package io.tenflowers.bench.run;

/** A project's environment probe, as {@link EnvironmentProbeTest} runs it in a real JVM. */
public final class ProbeSample {
    private ProbeSample() {
    }

    public static void main(String[] args) {
        System.out.println("sample.answer=42");
        System.out.println("sample.cwd=" + System.getProperty("user.dir"));
        System.out.println("sample.flag=" + System.getProperty("sample.flag"));
        System.out.println("not an entry");
        System.err.println("WARNING: a JVM warning, not an entry");
        if (args.length == 0 && "fail".equals(System.getProperty("sample.flag"))) {
            System.exit(3);
        }
    }
}
