def log = new File(basedir, 'build.log').text
assert log.contains('tenflowers-bench:bench')
assert log.contains('tenflowers-bench:help')
return true
