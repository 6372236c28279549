def log = new File(basedir, 'build.log').text
assert log.contains('on project compare-bad-settings: Invalid compare settings: alpha must be between 0 and 1 (got 2.0), threshold ≥ 0 (got 0.5).')
assert !log.contains('Building HEAD'), 'nothing is built for bad settings'
assert !log.contains('\tat ')
return true
