// What the bench goal would have written: the fixture, at the default resultsFile.
def out = new File(basedir, 'target/benchmark_results')
out.mkdirs()
new File(out, 'results.json').bytes = new File(basedir, 'fixtures/results.json').bytes
return true
