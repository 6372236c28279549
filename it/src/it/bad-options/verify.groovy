def log = new File(basedir, 'build.log').text
assert log.contains("Invalid benchmark options; nothing was run:")
assert log.contains("Unknown category 'nope'. Declared categories: all, sums (declare more in the plugin's <categories>).")
assert log.contains("Unknown preset 'quick'. Allowed presets: none (the benchmarks' own annotations), smoke, standard, thorough, gate.")
// every problem once: the message is not repeated from a cause
assert log.count("Unknown preset 'quick'.") == 1
assert !new File(basedir, 'target/benchmark_results/jmh.log').exists()
return true
