// A content folder typed wrong stops the build with its name, rather than checking nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('on project missing-directory: contentDirectories: expected a folder but'
    + ' found nothing at ' + new File(basedir, 'contnet').absolutePath)
assert !new File(basedir, 'target/articles.sarif').exists()
return true
