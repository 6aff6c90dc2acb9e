// The broken site fails the build, with one line per problem in Maven's file:[line,col]
// form, the closing count, and a SARIF log whose results point at the same places.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def path = { String rel -> new File(basedir, rel).absolutePath }

assert log.contains('BUILD FAILURE')
assert log.contains('[ERROR] ' + path('content/post/bad-date.md') + ':[3,7] date: expected a date'
    + ' (yyyy-MM-dd, optionally followed by a time HH:mm[:ss[.fraction]] and an offset Z,'
    + ' +hh:mm or +hhmm) but found "yesterday" [date-invalid]\n')
assert log.contains('[ERROR] ' + path('content/post/unclosed.md') + ':[1,1] expected a closing'
    + ' "---" line for the front matter opened here but found the end of the file'
    + ' [fence-unclosed]\n')
assert log.contains('[WARNING] ' + path('content/post/no-title.md') + ':[1,1] expected a "title"'
    + ' field but found none [title-missing]\n')
assert !log.contains(path('content/post/first-light.md'))
assert log.contains('Articles (Hugo): 4 files, 2 errors, 1 warning;')
assert log.contains('on project broken-site: 2 errors in 2 files of 4; see the messages above')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/articles.sarif'))
def run = sarif.runs[0]
assert run.originalUriBaseIds['%SRCROOT%'].uri == basedir.toPath().toUri().toString()
def found = run.results.collect { r ->
  def p = r.locations[0].physicalLocation
  [r.ruleId, r.level, p.artifactLocation.uri, p.artifactLocation.uriBaseId,
   p.region.startLine, p.region.startColumn]
}
assert found == [
    ['date-invalid', 'error', 'content/post/bad-date.md', '%SRCROOT%', 3, 7],
    ['title-missing', 'warning', 'content/post/no-title.md', '%SRCROOT%', 1, 1],
    ['fence-unclosed', 'error', 'content/post/unclosed.md', '%SRCROOT%', 1, 1]]
// each result's ruleIndex points at its rule in the driver's list
run.results.each { r -> assert run.tool.driver.rules[r.ruleIndex].id == r.ruleId }
assert run.results[0].properties.path == '/date'
return true
