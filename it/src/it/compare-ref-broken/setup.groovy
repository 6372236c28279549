def git = evaluate(new File(basedir, '../../../src/it/shared/repo.groovy'))
// The ref does not compile...
def source = new File(basedir, 'src/test/java/sample/Sleepy.java')
source.text = source.text.replace('SLEEP_MILLIS = 2;', 'SLEEP_MILLIS = 2 +;')
git('add', '-A')
git('commit', '-q', '-m', 'broken')
git('tag', 'broken')
// ...the working tree's commit repairs it.
source.text = source.text.replace('SLEEP_MILLIS = 2 +;', 'SLEEP_MILLIS = 2;')
git('commit', '-q', '-a', '-m', 'fixed')
return true
