// The clean site passes, its generator detected from hugo.toml: every file read, nothing reported, a SARIF log with no results.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] profile auto: Hugo (detected from ' + new File(basedir, 'content').absolutePath + ')')
assert log.contains('Articles (Hugo): 3 files, 0 errors, 0 warnings')
assert !log.contains('[WARNING] ' + basedir)

def sarif = new JsonSlurper().parse(new File(basedir, 'target/articles.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
assert sarif.runs[0].tool.driver.name == 'articles-maven-plugin'
assert sarif.runs[0].results == []
assert sarif.runs[0].invocations[0].executionSuccessful == true
return true
