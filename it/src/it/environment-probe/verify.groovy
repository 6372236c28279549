import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Environment (sample.Probe): 2 fact(s) recorded under run.environment.')
def results = new JsonSlurper().parse(new File(basedir, 'target/benchmark_results/results.json'))
assert results.run.environment['sample.answer'] == '42'
assert new File(results.run.environment['sample.cwd']).canonicalPath == basedir.canonicalPath
return true
