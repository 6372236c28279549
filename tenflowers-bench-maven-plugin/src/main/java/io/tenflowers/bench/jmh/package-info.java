/**
 * Everything that speaks JMH: the command line of the JMH JVM, the listing of a module's
 * benchmarks, what a module has of JMH at all, and the readers of JMH's JSON and of its log. Knows
 * nothing of processes or files beyond reading them; uses {@code model} and {@code options}.
 */
package io.tenflowers.bench.jmh;
