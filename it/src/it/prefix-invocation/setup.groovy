// `tenflowers-bench:bench` is found through the plugin group's metadata: io/tenflowers/maven-metadata-local.xml
// in the local repository, which maps the prefix to the plugin's artifactId. `mvn install` of the plugin
// project writes it (maven-plugin-plugin attaches it to the plugin's artifact; Maven 3.9's resolver also
// generates it for any maven-plugin it installs). The invoker's own install (invoker:install) copies
// the plugin's files into target/local-repo without that attached metadata, so with Maven 3.8.7 the
// prefix would not be found there. Write the same file here, unless something has already written it.
def groupDir = new File(localRepositoryPath, 'io/tenflowers')
def metadata = new File(groupDir, 'maven-metadata-local.xml')
if (!metadata.exists() || !metadata.text.contains('<prefix>tenflowers-bench</prefix>')) {
    groupDir.mkdirs()
    metadata.text = '''<?xml version="1.0" encoding="UTF-8"?>
<metadata>
  <plugins>
    <plugin>
      <name>TenfloweRS benchmark Maven plugin</name>
      <prefix>tenflowers-bench</prefix>
      <artifactId>tenflowers-bench-maven-plugin</artifactId>
    </plugin>
  </plugins>
</metadata>
'''
}
return true
