def log = new File(basedir, 'build.log').text
assert log.contains("Unknown git ref 'no-such-branch' (git: ")
assert log.contains('Name a branch, tag or commit with -Dtenflowers.bench.against=<ref>.')
assert !log.contains('Exception:') && !log.contains('\tat ')
assert !new File(basedir, 'target/benchmark_compare/forks').exists()
return true
