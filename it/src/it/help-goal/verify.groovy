def log = new File(basedir, 'build.log').text
assert log.contains('tenflowers-bench:bench')
assert log.contains('tenflowers-bench:help')
assert log.contains('tenflowers-bench:report')
return true
