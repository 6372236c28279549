def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def site = new File(basedir, 'target/site')
def page = new File(site, 'tenflowers-bench/index.html')

assert lines.any { it == "[INFO] Report: ${page.absolutePath}" as String }
assert !lines.any { it.startsWith('[INFO] No benchmark results at') }
assert log.contains('BUILD SUCCESS')

// listed under Project Reports, with the report's name and description
def reports = new File(site, 'project-reports.html').text
assert reports.contains('href="tenflowers-bench/index.html"')
assert reports.contains('>Benchmarks</a>')
assert reports.contains('JMH benchmark results of the latest run')

// the page itself: the run's results in tables and charts, drawn from the fixtures
def html = page.text
assert html.contains('<table class="results"')
assert html.contains('<svg class="chart"')
assert html.contains('Sample.sum[size=100]')
assert html.contains('20250322T100000Z-00000004')
assert !html.contains('No benchmark results yet')
return true
