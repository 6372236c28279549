// What an earlier run with summary=true and a comparison left behind.
def out = new File(basedir, 'target/benchmark_results')
out.mkdirs()
new File(out, 'summary.txt').text = 'stale summary from an earlier run\n'
new File(out, 'comparison.json').text = '{"stale": true}\n'
new File(out, 'summary.html').text = '<!DOCTYPE html><p>stale page</p>\n'
new File(out, 'summary.md').text = '# stale summary\n'
new File(out, 'notes.txt').text = 'not the plugin\'s: kept\n'
return true
