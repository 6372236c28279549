def log = new File(basedir, 'build.log').text
def baseline = new File(basedir, 'benchmarks/baseline.json')
def saved = new groovy.json.JsonSlurper().parse(baseline)

// forced: the dirty run is saved, the floors are kept
assert log.contains('Saved run ')
assert log.contains('kept ' + saved.floors.size() + ' floor(s)')
assert saved.runs.size() == 1
assert saved.runs[0].preset == 'gate'
assert log.contains('BUILD SUCCESS')
return true
