def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def out = new File(basedir, 'target/benchmark_results')
def html = new File(out, 'summary.html')
def markdown = new File(out, 'summary.md')

// after comparison.json, before the failure: the pages then show the verdicts that failed the build
def comparison = lines.indexOf("[INFO] Comparison: ${new File(out, 'comparison.json').absolutePath}" as String)
def page = lines.indexOf("[INFO] Report: ${html.absolutePath}" as String)
def md = lines.indexOf("[INFO] Report (Markdown): ${markdown.absolutePath}" as String)
assert comparison >= 0 && page == comparison + 1 && md == page + 1
assert log.contains('1 baseline rule(s) violated; Baseline check: 1 judged: 1 regressed')
assert log.contains('BUILD FAILURE')

assert html.text.startsWith('<!DOCTYPE html>')
assert markdown.length() > 0
return true
