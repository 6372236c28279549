def log = new File(basedir, 'build.log').text
assert log.contains('Invalid benchmark options; nothing was run:')
assert log.contains('<sideBySide> needs <param> and <reference> (got param=engine, reference=null).')
assert log.count('<sideBySide> needs') == 1
assert !log.contains('\tat ')
assert !new File(basedir, 'target/benchmark_results/jmh.log').exists()
return true
