#!/usr/bin/env bash
# Tests the pre-commit hooks (.pre-commit-hooks.yaml) as a site would use them: a new git
# repository in a temporary folder, made from src/test/resources/precommit/, whose
# .pre-commit-config.yaml names this repository at its HEAD commit (commit what you test).
# Needs git, pre-commit (Debian's 3.0.4), Java 17 and the command's jar
# (io.github.frontmatter:articles:VERSION:jar:cli) in the Maven local repository, as
# `mvn install` leaves it; .ci/run runs it after that. Prints "N passed, N failed" last and
# exits 1 if any check failed.
set -uo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd -P)
fixtures=$repo/src/test/resources/precommit
rev=$(git -C "$repo" rev-parse HEAD) || exit 2
for tool in git pre-commit java; do
  command -v "$tool" >/dev/null 2>&1 || { echo "pre-commit test: expected $tool on the PATH but found none" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# pre-commit's clones and environments, and the hook's fetched jar, stay in the temporary folder
export PRE_COMMIT_HOME=$work/pre-commit-home
export XDG_CACHE_HOME=$work/cache

passed=0
failed=0
check() { # check NAME CONDITION-STATUS
  if [ "$2" -eq 0 ]; then
    passed=$((passed + 1))
    echo "ok   $1"
  else
    failed=$((failed + 1))
    echo "FAIL $1"
    echo "---- pre-commit said:"
    echo "$out"
    echo "----"
  fi
}
contains() { grep -qF -- "$1" <<<"$out"; }

site=$work/site
mkdir -p "$site"
cp -R "$fixtures/clean/." "$site/"
cd "$site" || exit 2
git init -q .
cat > .pre-commit-config.yaml <<EOF
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: articles-check
EOF
git add -A

# 1. the clean site passes (the .txt file, which holds a bad front matter, is not passed in)
out=$(pre-commit run --all-files 2>&1)
status=$?
check "a clean site passes" "$status"
contains "articles check" && [[ $out =~ articles\ check\.+Passed ]]
check "the hook ran and said Passed" $?

# 2. a broken article fails the hook, with the command's message for it
cp -R "$fixtures/broken/." "$site/"
git add -A
out=$(pre-commit run --all-files 2>&1)
status=$?
[ "$status" -eq 1 ]
check "a broken article fails the run (exit 1, was $status)" $?
[[ $out =~ articles\ check\.+Failed ]]
check "the hook said Failed" $?
contains 'content/post/bad-date.md:3:7: error: date: expected a date (yyyy-MM-dd, optionally followed by a time HH:mm[:ss[.fraction]] and an offset Z, +hh:mm or +hhmm) but found "yesterday" [date-invalid]'
check "the error is printed at its file, line and column" $?
contains 'content/post/no-title.md:1:1: warning: expected a "title" field but found none [title-missing]'
check "the warning is printed too" $?
! contains 'notes.txt'
check "files that are not Markdown are not checked" $?

# 3. with args: --strict, the warning alone fails the hook
git rm -q --cached content/post/bad-date.md && rm content/post/bad-date.md
cat > .pre-commit-config.yaml <<EOF
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: articles-check
        args: [--strict]
EOF
git add -A
out=$(pre-commit run --all-files 2>&1)
status=$?
[ "$status" -eq 1 ] && contains 'content/post/no-title.md:1:1: error: expected a "title" field but found none [title-missing]'
check "args reach the command (--strict turns the warning into an error)" $?

# 4. the jar fetched through Maven when the local repository lookup finds nothing: the hook's
#    script copies it into its cache with mvn dependency:copy
out=$(ARTICLES_MAVEN_REPO=$work/no-repository pre-commit run --all-files 2>&1)
status=$?
[ "$status" -eq 1 ] && contains 'no-title.md:1:1: error:' \
  && ls "$XDG_CACHE_HOME"/articles/pre-commit/articles-*-cli.jar >/dev/null 2>&1
check "without the local-repository jar, the hook fetches it with Maven and runs it" $?

echo "pre-commit hook: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
