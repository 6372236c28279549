def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def buildLog = new File(basedir, 'target/benchmark_compare/ref-build.log')
assert lines.any { it ==~ /\[ERROR\] .*The build of broken \(commit [0-9a-f]{7}\) failed \(Maven exit code 1\), so it cannot be compared\. Its log: .*ref-build\.log/ }
assert buildLog.text.contains('COMPILATION ERROR') || buildLog.text.contains('BUILD FAILURE')
assert !log.contains('\tat ')
assert !new File(basedir, 'target').listFiles().any { it.name.startsWith('compare-') }
assert 'git worktree list'.execute(null, basedir).text.readLines().size() == 1
return true
