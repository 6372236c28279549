def log = new File(basedir, 'build.log').text
def results = new File(basedir, 'target/benchmark_results/results.json')
def baseline = new File(basedir, 'benchmarks/baseline.json')

// measured on a work tree with uncommitted changes: no commit reproduces it, so it is refused
assert log.contains("Not saving ${results.absolutePath} as a baseline: it was measured on a work tree with uncommitted changes" as String)
assert log.contains('Commit and measure again, or pass -Dtenflowers.bench.force=true.')
assert !log.contains('Saved run ')
assert baseline.bytes == new File(basedir, 'target/baseline-before.json').bytes
assert log.contains('BUILD FAILURE')
return true
