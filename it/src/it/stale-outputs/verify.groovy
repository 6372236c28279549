import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/benchmark_results')
assert log.contains("Removed the previous run's outputs from " + out.canonicalPath + ": summary.txt, comparison.json") ||
       log.contains("Removed the previous run's outputs from " + out.absolutePath + ": summary.txt, comparison.json")
assert !new File(out, 'summary.txt').exists()
assert !new File(out, 'comparison.json').exists()
assert new File(out, 'notes.txt').exists()
def results = new JsonSlurper().parse(new File(out, 'results.json'))
assert results.run.runId
assert results.benchmarks*.id == ['Sample.sum']
return true
