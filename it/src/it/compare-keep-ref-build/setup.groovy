def git = evaluate(new File(basedir, '../../../src/it/shared/repo.groovy'))
git('add', '-A')
git('commit', '-q', '-m', 'one commit')
return true
