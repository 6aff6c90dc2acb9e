#!/bin/sh
# The pre-commit hook "articles-check" (.pre-commit-hooks.yaml): runs `articles check` on the
# Markdown files pre-commit passes, with the hook's `args:` first (--strict, --schema FILE...).
# docs/pre-commit.md has the configuration to put in a site's .pre-commit-config.yaml.
#
# pre-commit has no Java language, so this script finds the command's jar
# (io.github.frontmatter:articles:VERSION:jar:cli, VERSION being that of the pom.xml beside
# it, i.e. of the hook's `rev:`) and runs it with `java -jar`:
#   1. $ARTICLES_CLI_JAR, when set;
#   2. the jar in the Maven local repository ($ARTICLES_MAVEN_REPO, by default
#      ~/.m2/repository), where `mvn install` of a checkout or an earlier fetch put it;
#   3. a copy fetched earlier into ${XDG_CACHE_HOME:-~/.cache}/articles/pre-commit (released
#      versions only: a -SNAPSHOT can change under the same name);
#   4. else Maven fetches it there (mvn dependency:copy, from the repositories in the user's
#      Maven settings).
#
# Environment: JAVA_HOME (else java on the PATH; 17 or later), ARTICLES_CLI_JAR,
# ARTICLES_MAVEN_REPO, ARTICLES_OPTS (JVM options).
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
repo=$(cd "$here/../.." && pwd -P)

fail() {
  echo "articles-check: $*" >&2
  exit 2
}

# the library's version: the first <version> after <artifactId>articles</artifactId> in the
# project's own pom (the parent-less root pom, so the first such pair is the project's)
version=$(sed -n '/<artifactId>articles<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q;}' \
  "$repo/pom.xml")
[ -n "$version" ] || fail "expected the library's version in $repo/pom.xml but found none"
name="articles-$version-cli.jar"

jar=${ARTICLES_CLI_JAR:-}
if [ -n "$jar" ]; then
  [ -f "$jar" ] || fail "ARTICLES_CLI_JAR is $jar, but expected a file there and found none"
fi
if [ -z "$jar" ]; then
  local_repo=${ARTICLES_MAVEN_REPO:-$HOME/.m2/repository}
  candidate="$local_repo/io/github/frontmatter/articles/$version/$name"
  [ -f "$candidate" ] && jar=$candidate
fi
cache="${XDG_CACHE_HOME:-$HOME/.cache}/articles/pre-commit"
if [ -z "$jar" ]; then
  case $version in
    *-SNAPSHOT) ;;
    *) [ -f "$cache/$name" ] && jar=$cache/$name ;;
  esac
fi
if [ -z "$jar" ]; then
  command -v mvn >/dev/null 2>&1 \
    || fail "expected $name in the Maven local repository or Maven (mvn) to fetch it, but found neither; set ARTICLES_CLI_JAR to the jar, or put the articles command on the PATH and use the hook articles-check-system"
  mkdir -p "$cache"
  # run where there is no pom.xml, so that Maven does not read the site's project
  if ! (cd "$cache" && mvn -q -B -Dstyle.color=never \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="io.github.frontmatter:articles:$version:jar:cli" \
      -DoutputDirectory="$cache" -Dmdep.useBaseVersion=true -Dmdep.overWriteSnapshots=true \
      >"$cache/fetch.log" 2>&1); then
    cat "$cache/fetch.log" >&2
    fail "could not fetch io.github.frontmatter:articles:$version:jar:cli with Maven (log above)"
  fi
  jar=$cache/$name
  [ -f "$jar" ] || fail "Maven reported success but $jar is missing"
fi

if [ -n "${JAVA_HOME:-}" ]; then
  java=$JAVA_HOME/bin/java
else
  java=$(command -v java) || fail "expected Java 17 or later (JAVA_HOME, or java on the PATH) but found none"
fi

# Serial GC and C1 only, as bin/articles runs it: a check is short and single-threaded
# shellcheck disable=SC2086 # ARTICLES_OPTS holds several options
exec "$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 ${ARTICLES_OPTS:-} -jar "$jar" check "$@"
