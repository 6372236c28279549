// Two builds, one log: the first builds the ref and keeps it, the second finds it and builds nothing.
def lines = new File(basedir, 'build.log').text.readLines()
def head = /[0-9a-f]{7}/
def building = lines.findAll { it ==~ /\[INFO\] Building HEAD \(commit $head\) in .*\/target\/compare-ref-[0-9a-f]{40} \(log: .*ref-build\.log\) \.\.\./ }
def reusing = lines.findAll { it ==~ /\[INFO\] Reusing the build of HEAD \(commit $head\) in .*\/target\/compare-ref-[0-9a-f]{40} \(keepRefBuild\)\./ }
def kept = lines.findAll { it.startsWith('[INFO] Kept the worktree of HEAD (commit ') && it.contains('(keepRefBuild): ') }
assert building.size() == 1 : building
assert reusing.size() == 1 : reusing
assert kept.size() == 2 : kept
assert lines.indexOf(building[0]) < lines.indexOf(reusing[0])
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 2
// kept after the run, and git still knows it
def target = new File(basedir, 'target')
assert target.listFiles().count { it.name ==~ /compare-ref-[0-9a-f]{40}/ } == 1
assert 'git worktree list'.execute(null, basedir).text.readLines().size() == 2
return true
