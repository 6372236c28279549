def log = new File(basedir, 'build.log').text
def jmhLog = new File(basedir, 'target/benchmark_results/jmh.log')
assert log.contains("Benchmark Crash.die: the forked JVM exited with code 3 (a crash, System.exit or out of memory); its output is in " + jmhLog.absolutePath)
assert jmhLog.text.contains("about to halt")
return true
