/**
 * The Maven goals, and the only package that speaks Maven: each mojo reads its parameters, calls a
 * session, logs and fails. {@link io.tenflowers.bench.mojo.AbstractBenchmarkMojo} handles the skip
 * switches for every goal. A new goal is a thin class here over a new session.
 */
package io.tenflowers.bench.mojo;
