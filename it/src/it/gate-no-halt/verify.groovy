def lines = new File(basedir, 'build.log').readLines()

def violations = lines.findAll { it.startsWith('[ERROR] Rule violated for benchmark ') }
assert violations.size() == 1
assert violations[0].startsWith('[ERROR] Rule violated for benchmark Sample.add[size=1000]: throughput fell ')
assert lines.any { it.startsWith('[INFO]   REGRESSED ') && it.contains('Sample.add[size=1000]') }
assert lines.any { it == '[WARNING] 1 baseline rule(s) violated; Baseline check: 1 judged: 1 regressed, 0 improved, 0 unchanged, 0 insufficient data; 0 new, 0 missing, 0 not judged; floors: 0 passed, 0 violated. (haltOnFailure is false: the build goes on)' }
assert lines.contains('[INFO] BUILD SUCCESS')
return true
