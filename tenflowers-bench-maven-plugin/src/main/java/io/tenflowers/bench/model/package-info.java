/**
 * The plugin's data, known to every other package and knowing none: the {@code results.json}
 * document ({@link io.tenflowers.bench.model.ResultsDocument}), stable benchmark ids, which way a
 * unit is better ({@link io.tenflowers.bench.model.Direction}), benchmark failures, declared ratios
 * and JMH's time notation. Plain records and pure functions; no I/O.
 */
package io.tenflowers.bench.model;
