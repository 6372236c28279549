package io.tenflowers.bench.report;

import io.tenflowers.bench.model.ComparisonDocument.Judgement;
import io.tenflowers.bench.model.Verdict;

/** How a verdict reads on the page: a word (readable without colour) and a css class. */
final class Verdicts {
    private Verdicts() {
    }

    static String word(Verdict verdict) {
        return switch (verdict) {
            case IMPROVED -> "improved";
            case REGRESSED -> "regressed";
            case NO_CHANGE -> "unchanged";
            case INSUFFICIENT_DATA -> "insufficient data";
            case MISSING -> "missing";
            case NEW -> "new";
            case NOT_JUDGED -> "not judged";
        };
    }

    static String cssClass(Verdict verdict) {
        return switch (verdict) {
            case IMPROVED -> "improved";
            case REGRESSED -> "regressed";
            case NO_CHANGE -> "unchanged";
            case INSUFFICIENT_DATA -> "insufficient";
            case MISSING -> "missing";
            case NEW -> "new";
            case NOT_JUDGED -> "not-judged";
        };
    }

    /**
     * @return the judgement's change signed so that + is better (faster, less memory), or null
     */
    static Double betterIsPositive(Judgement judgement, Double change) {
        if (change == null) {
            return null;
        }
        return "lower".equals(judgement.direction()) ? -change : change;
    }
}
