import groovy.json.JsonSlurper

// compareAcrossMachines=true: the same fixture as gate-other-machine (20 % slower, on another
// machine) is judged anyway, with a warning that the difference may be the machine's, and fails.
def lines = new File(basedir, 'build.log').readLines()
def machines = 'here Other CPU, 16 cores, 64 GiB, Test JVM 17 [fp-elsewhere]; baseline Test CPU, 2 cores, 24 GiB, Test JVM 17 [fp-here]'
assert lines.any { it == "[WARNING] Comparing with a baseline from another machine (compareAcrossMachines): ${machines}. Differences may be the machine's." as String }
assert lines.any { it == '[ERROR] Rule violated for benchmark Sample.add[size=1000]: throughput fell 19.3 % [95 % CI 16.3 … 22.2 %] (p = 1.6e-04, adjusted 1.6e-04; threshold 10 %, from default)' }
assert lines.any { it.startsWith('[INFO]   FLOOR_PASSED ') && it.contains('Sample.add[size=1000]') }
assert lines.contains('[INFO] BUILD FAILURE')
def comparison = new JsonSlurper().parse(new File(basedir, 'target/benchmark_results/comparison.json'))
assert comparison.settings.acrossMachines == true
assert comparison.notJudged == null
assert comparison.failed == true
return true
