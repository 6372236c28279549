import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/benchmark_results')
def removed = ": summary.txt, comparison.json, summary.html, summary.md"
assert log.contains("Removed the previous run's outputs from " + out.canonicalPath + removed) ||
       log.contains("Removed the previous run's outputs from " + out.absolutePath + removed)
['summary.txt', 'comparison.json', 'summary.html', 'summary.md'].each { assert !new File(out, it).exists() }
assert new File(out, 'notes.txt').exists()
def results = new JsonSlurper().parse(new File(out, 'results.json'))
assert results.run.runId
assert results.benchmarks*.id == ['Sample.sum']
return true
