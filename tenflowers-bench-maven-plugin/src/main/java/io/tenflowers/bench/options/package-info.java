/**
 * The options of a run as a user gives them ({@link io.tenflowers.bench.options.RawOptions}),
 * checked all at once against the project's vocabulary (categories, configurations) into
 * {@link io.tenflowers.bench.options.BenchOptions}: presets, run length, JVM configurations.
 * Uses only {@code model}.
 */
package io.tenflowers.bench.options;
