def git = evaluate(new File(basedir, '../../../src/it/shared/repo.groovy'))
git('add', '-A')
git('commit', '-q', '-m', 'fast')
git('tag', 'fast')
// The working tree's commit sleeps twice as long.
def source = new File(basedir, 'src/test/java/sample/Sleepy.java')
source.text = source.text.replace('SLEEP_MILLIS = 2;', 'SLEEP_MILLIS = 4;')
git('commit', '-q', '-a', '-m', 'slow')
return true
