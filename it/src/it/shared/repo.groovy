// Shared by the compare-* scenarios, evaluated from their setup.groovy with its binding (basedir):
// puts the benchmark Sleepy.java (sleeps 2 ms) into the scenario, makes the scenario's folder a git
// repository that ignores target/ and build.log, and returns git(args...) for the scenario's commits.
def git = { String... args ->
    def command = ['git', '-c', 'user.name=it', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false'] + args.toList()
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "${command.join(' ')} failed: ${output}"
    return output
}
def sources = new File(basedir, 'src/test/java/sample')
sources.mkdirs()
new File(sources, 'Sleepy.java').text = new File(basedir, '../../../src/it/shared/Sleepy.java').text
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git('init', '-q')
return git
