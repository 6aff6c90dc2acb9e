// A warning stays a warning in the log and the report, but failOnWarning fails the build.
def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'content/post/no-title.md').absolutePath
assert log.contains('BUILD FAILURE')
assert log.contains('[WARNING] ' + file + ':[1,1] expected a "title" field but found none'
    + ' [title-missing]\n')
assert log.contains('Articles (Hugo): 1 file, 0 errors, 1 warning;')
assert log.contains('on project fail-on-warning: 1 warning and failOnWarning is set')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/articles.sarif'))
assert sarif.runs[0].results*.level == ['warning']
return true
