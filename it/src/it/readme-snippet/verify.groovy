import groovy.json.JsonSlurper

// The XML of the plugin README's "Use it in your project" must be what this project uses, verbatim
// (after the invoker's filtering of @project.version@ and the like; indentation aside).
def readme = new File(basedir, '../../../../tenflowers-bench-maven-plugin/README.md')
assert readme.isFile() : "no README at ${readme.canonicalPath}"
def section = readme.text.split('\n## Use it in your project\n', 2)[1].split('\n## ', 2)[0]
def blocks = (section =~ /(?s)```xml\n(.*?)\n```/).collect { it[1].readLines()*.trim() }
assert blocks.size() == 5

def containsInOrder = { String text, List<String> lines ->
    def have = text.readLines()*.trim()
    (0..have.size() - lines.size()).any { i -> have.subList(i, i + lines.size()) == lines }
}
def pom = new File(basedir, 'pom.xml').text
def settings = new File(basedir, '../../../src/it/settings.xml').text
blocks.each { lines ->
    if (lines[0] == '<settings>') {
        // the scenarios' settings.xml holds the same pluginGroups (prefix-invocation uses it)
        assert containsInOrder(settings, lines[1..-2]) : "settings.xml lacks the README's\n${lines.join('\n')}"
    } else if (lines[0] == '<properties>') {
        // a POM has one <properties>: the README's property must be among them
        assert containsInOrder(pom, lines[1..-2]) : "pom.xml lacks the README's\n${lines.join('\n')}"
    } else {
        assert containsInOrder(pom, lines) : "pom.xml lacks the README's\n${lines.join('\n')}"
    }
}

// and the project so set up builds and benchmarks
def log = new File(basedir, 'build.log').text
assert log.contains('Run length: preset smoke: 1 fork(s) × (1 warm-up + 1 measured) × 100ms.')
def results = new JsonSlurper().parse(new File(basedir, 'target/benchmark_results/results.json'))
assert results.benchmarks*.id == ['Sample.sum']
return true
