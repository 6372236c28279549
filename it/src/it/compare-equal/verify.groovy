import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def out = new File(basedir, 'target/benchmark_compare')

assert lines.any { it ==~ /\[INFO\] Comparing the working tree with HEAD \(commit [0-9a-f]{7}\): -Dtenflowers\.bench\.against=HEAD names commit [0-9a-f]{7}\./ }
assert !lines.any { it.startsWith('[ERROR]') }
assert lines.any { it == '[INFO] Compare with HEAD: 1 judged: 0 regressed, 0 improved, 1 unchanged, 0 insufficient data; 0 new, 0 missing, 0 not judged.' }
assert log.contains('BUILD SUCCESS')

def slurper = new JsonSlurper()
def tree = slurper.parse(new File(out, 'results.json'))
def ref = slurper.parse(new File(out, 'ref/results.json'))
def comparison = slurper.parse(new File(out, 'comparison.json'))
assert comparison.kind == 'compare'
assert comparison.failed == false
assert comparison.resultsRunId == tree.run.runId
assert comparison.baselineRunId == ref.run.runId
assert tree.run.runId != ref.run.runId
assert tree.run.git.commit == ref.run.git.commit
assert tree.benchmarks[0].samples.size() == 6 && ref.benchmarks[0].samples.size() == 6
assert comparison.verdicts[0].verdict == 'NO_CHANGE'
// both sides' forks are kept, named by side and pair
assert new File(out, 'forks/Sleepy.sleep-tree-6.jmh.log').isFile()
assert new File(out, 'forks/Sleepy.sleep-ref-6.jmh.log').isFile()
def page = new File(out, 'summary.html').text
assert page.contains('Sleepy')
assert page.contains('Verdicts: Wilcoxon signed-rank over the ratios of neighbouring forks of the two commits (compare)')
assert page.contains('Compared with another commit in the same sitting')
assert !new File(basedir, 'target').listFiles().any { it.name.startsWith('compare-') }
assert 'git worktree list'.execute(null, basedir).text.readLines().size() == 1
return true
