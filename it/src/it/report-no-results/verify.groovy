def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def results = new File(basedir, 'target/benchmark_results/results.json')
def page = new File(basedir, 'target/site/tenflowers-bench/index.html')

assert lines.any { it == "[INFO] No benchmark results at ${results.absolutePath}: the report says how to produce them." as String }
assert lines.any { it == "[INFO] Report: ${page.absolutePath}" as String }
assert log.contains('BUILD SUCCESS')
assert !lines.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }

assert page.isFile()
assert page.text.contains('No benchmark results yet')
// nothing was run and nothing was made up
assert !results.exists()
return true
