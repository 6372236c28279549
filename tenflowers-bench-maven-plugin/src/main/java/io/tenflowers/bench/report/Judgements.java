package io.tenflowers.bench.report;

import io.tenflowers.bench.model.ComparisonDocument;
import io.tenflowers.bench.model.ComparisonDocument.Judgement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The gate's judgements of one run, looked up by benchmark id and metric. */
final class Judgements {
    static final String SCORE = "score";
    static final String ALLOCATION = "gc.alloc.rate.norm";

    private final Map<String, Judgement> byKey = new LinkedHashMap<>();

    Judgements(ComparisonDocument comparison) {
        if (comparison != null) {
            for (Judgement judgement : comparison.verdicts()) {
                byKey.put(key(judgement.id(), judgement.metric()), judgement);
            }
        }
    }

    /** @return the judgement of that metric, or null */
    Judgement of(String id, String metric) {
        return byKey.get(key(id, metric));
    }

    /** @return every judgement of the given metric, in the comparison's order */
    List<Judgement> ofMetric(String metric) {
        return byKey.values().stream().filter(j -> j.metric().equals(metric)).toList();
    }

    private static String key(String id, String metric) {
        return id + "\u0000" + metric;
    }
}
