/**
 * One goal's work from start to end, without Maven: {@link io.tenflowers.bench.session.BenchSession}
 * checks what the module has, validates the options, lists, probes, runs and writes. Sessions of
 * the coming goals ({@code check-baseline}, {@code report}, {@code compare}) go here. Uses every
 * package below it; only {@code mojo} uses it.
 */
package io.tenflowers.bench.session;
