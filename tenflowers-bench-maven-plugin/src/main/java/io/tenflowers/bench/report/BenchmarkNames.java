package io.tenflowers.bench.report;

/**
 * Splits a stable id {@code Suite.group.benchmark[k=v]} into its category ({@code Suite.group}) and
 * its name within the category ({@code benchmark[k=v]}).
 */
final class BenchmarkNames {
    private BenchmarkNames() {
    }

    static String category(String id) {
        String base = withoutParams(id);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "(no category)" : base.substring(0, dot);
    }

    static String name(String id) {
        String base = withoutParams(id);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? id : id.substring(dot + 1);
    }

    /** @return the id without its first segment (the suite class), e.g. {@code regression.relu[size=10]} */
    static String withoutSuite(String id) {
        String base = withoutParams(id);
        int dot = base.indexOf('.');
        return dot < 0 || dot == base.lastIndexOf('.') ? id : id.substring(dot + 1);
    }

    static String withoutParams(String id) {
        int open = id.indexOf('[');
        return open < 0 ? id : id.substring(0, open);
    }

    /** @return a fragment id: lower case letters, digits and dashes */
    static String anchor(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
