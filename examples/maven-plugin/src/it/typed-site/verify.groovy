// The project's own class, compiled before verify, is found on its compile class path and
// every article is bound to it: the value that is not one of the enum's fails the build.
def log = new File(basedir, 'build.log').text
def path = { String rel -> new File(basedir, rel).absolutePath }

assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/classes/com/example/Post.class').isFile()
assert log.contains('[ERROR] ' + path('content/post/second.md') + ':[4,9] status: expected one'
    + ' of "draft", "published" but found "live" [enum-unknown]\n')
assert !log.contains(path('content/post/first-light.md'))
assert log.contains('Articles (Hugo): 2 files, 1 error, 0 warnings;')
return true
