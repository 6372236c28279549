/**
 * Files: atomic writes (temporary file, then rename), {@code results.json} serialization, the
 * history of runs, run ids, and the outputs a run owns (removed before each run). A future
 * {@code baseline.json} reader and writer goes here too. Uses only {@code model}.
 */
package io.tenflowers.bench.io;
