/**
 * One goal's work from start to end, without Maven: {@link io.tenflowers.bench.session.BenchSession}
 * checks what the module has, validates the options, lists, probes, runs and writes. Sessions of
 * the other goals go here ({@code check-baseline}, {@code save-baseline}, {@code report}; next {@code compare}). Uses every
 * package below it; only {@code mojo} uses it.
 */
package io.tenflowers.bench.session;
