// Makes the scenario's folder a git repository: commit what is here (the "fast" commit).
def git(String... args) {
    def command = ['git', '-c', 'user.name=it', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false'] + args.toList()
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "${command.join(' ')} failed: ${output}"
    return output
}
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'fast')
git('tag', 'fast')
return true
