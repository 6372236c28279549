import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/benchmark_results')
def results = new JsonSlurper().parse(new File(out, 'results.json'))

// every benchmark and parameter combination, with samples[fork][iteration]
assert results.schemaVersion == 2
def ids = results.benchmarks*.id as Set
assert ids == ['Sample.copy[size=100]', 'Sample.copy[size=1000]', 'Sample.copy[size=10000]',
               'Sample.sum[size=100]', 'Sample.sum[size=1000]', 'Sample.sum[size=10000]'] as Set
results.benchmarks.each { b ->
    assert b.unit == 'ops/s' && b.direction == 'higher' && b.score > 0
    assert b.samples.size() == 1 && b.samples[0].size() == 1
    assert b.elementsPerSecond > b.score
    assert b.secondary['gc.alloc.rate.norm'].unit == 'B/op'
    assert b.secondary['gc.alloc.rate.norm'].direction == 'lower'
}
assert results.failures.isEmpty()

// run metadata
def run = results.run
assert run.git.containsKey('commit') && run.git.containsKey('dirty')
assert run.project.artifactId == 'results-complete'
assert run.jvm.vendor && run.jvm.majorVersion >= 17
assert run.jmhVersion == '1.37'
assert run.os.name && run.cpu.model && run.cpu.cores >= 1 && run.memoryBytes > 0
assert run.machineFingerprint.id.length() == 16
assert run.config == 'release' && run.category == 'all' && run.preset == 'smoke'
assert run.forks == 1 && run.warmupIterations == 1 && run.measurementIterations == 1 && run.iterationTime == '50ms'
assert run.jvmArgs.contains('-Dtenflowers.bench.config=release')
assert run.profilers == ['gc']

// derived figures: a scaling exponent per benchmark, the declared ratio per size
assert results.derived.scaling*.benchmark as Set == ['Sample.copy', 'Sample.sum'] as Set
assert results.derived.scaling.every { it.param == 'size' && it.points == 3 }
assert results.derived.ratios.size() == 3 && results.derived.ratios.every { it.name == 'copy_per_sum' }

// the other files
assert new File(out, 'jmh-result.json').length() > 0
assert new File(out, 'jmh.log').text.contains('# Run complete.')
def summary = new File(out, 'summary.txt').text
assert summary.contains('Sample.sum[size=100]') && summary.contains('Full results:') && summary.contains('JMH log:')
// with summary on, the report page of this run and its Markdown beside the results, and where they are
def summaryHtml = new File(out, 'summary.html')
def summaryMd = new File(out, 'summary.md')
assert summaryHtml.text.startsWith('<!DOCTYPE html>')
assert summaryMd.length() > 0
assert log.readLines().any { it == "[INFO] Report: ${summaryHtml.absolutePath}" as String }
assert log.readLines().any { it == "[INFO] Report (Markdown): ${summaryMd.absolutePath}" as String }
// a smoke run is kept out of the history (its numbers are not measurements)
assert log.contains("History: not kept for a smoke run (its numbers are not measurements worth a trend point).")
assert !new File(basedir, '.benchmarks').exists()

// the console: one line per benchmark with a running count; none of JMH's own chatter
assert log =~ /\[1\/6\] Sample\.copy\[size=100\]  [0-9.]+ ops\/s/
assert log.contains('[6/6] ')
assert !log.contains('# Run progress')
return true
