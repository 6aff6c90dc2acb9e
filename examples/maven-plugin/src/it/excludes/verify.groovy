// The README and the notes folder would fail the check (no front matter; a bad date):
// excluded, they are not read at all. The .markdown file is included by default.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Articles (Hugo): 2 files, 0 errors, 0 warnings;')
assert !log.contains('README.md')
assert !log.contains('todo.md')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/articles.sarif'))
assert sarif.runs[0].results == []
return true
