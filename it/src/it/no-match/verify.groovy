def log = new File(basedir, 'build.log').text
assert log.contains("No benchmark matches category 'all', includes 'NoSuchBenchmark'. The module has these benchmarks")
assert log.contains("  sample.Sample.copy")
assert log.contains("  sample.Sample.sum")
return true
