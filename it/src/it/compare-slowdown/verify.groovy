import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def out = new File(basedir, 'target/benchmark_compare')

assert lines.any { it ==~ /\[INFO\] Comparing the working tree with fast \(commit [0-9a-f]{7}\): -Dtenflowers\.bench\.against=fast names commit [0-9a-f]{7}\./ }
def violations = lines.findAll { it.startsWith('[ERROR] Rule violated for benchmark ') }
assert violations.size() == 1
// twice the sleep: about +100 % (sleep(2) vs sleep(4) plus the scheduler's wake-up), 6 pairs all slower: p = 2 / 2^6
assert violations[0] ==~ /\[ERROR\] Rule violated for benchmark Sleepy\.sleep: time per operation rose (8\d|9\d|1\d\d)(\.\d+)? % \[95 % CI \d+(\.\d+)? … \d+(\.\d+)? %\] \(p = 0\.031, adjusted 0\.031; threshold 50 %, from default\)/
assert lines.any { it == '[INFO] Compare with fast: 1 judged: 1 regressed, 0 improved, 0 unchanged, 0 insufficient data; 0 new, 0 missing, 0 not judged.' }
assert log.contains('1 regression(s) against ')
assert log.contains('BUILD FAILURE')
def comparison = new JsonSlurper().parse(new File(out, 'comparison.json'))
assert comparison.kind == 'compare'
assert comparison.failed == true
assert comparison.verdicts[0].verdict == 'REGRESSED'
assert comparison.verdicts[0].forksBaseline == 6 && comparison.verdicts[0].forksCurrent == 6
// the worktree is gone, and git no longer lists it
assert !new File(basedir, 'target').listFiles().any { it.name.startsWith('compare-') }
def worktrees = 'git worktree list'.execute(null, basedir).text.readLines()
assert worktrees.size() == 1 : worktrees
return true
