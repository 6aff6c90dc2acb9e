#!/bin/sh
# Start-up time of the articles command: today's route (java -cp CLASSPATH ...internal.cli.Main,
# as docs/cli.md documented before the distribution existed) against bin/articles from the
# distribution, in the same run, on one file, 100 files and the shared corpus. Prints a
# Markdown table of median wall times (docs/performance.md, "Start-up") and the load before
# and after.
#
#   mvn -q -B package -DskipTests     # target/: the jar, the classpath file, the distribution
#   src/scripts/startup.sh [RUNS]     # RUNS per cell for one file and 100 files (default 11);
#                                     # the corpus gets a third of them (at least 3)
#
# Runs are interleaved (old, new, old, new, ...) so that a change in the machine's load hits
# both routes alike. The class-data sharing archive is made by one untimed run first, in a
# temporary cache folder: the table shows the runs after the first, which is what a user
# gets from the second run on. Extra rows show where the time goes: the jar with no JVM
# options, the launcher without the archive, and the launcher with C2 allowed.
set -eu
cd "$(dirname "$0")/../.."
runs=${1:-11}
corpus_runs=$(( runs / 3 )); [ "$corpus_runs" -ge 3 ] || corpus_runs=3
version=$(sed -n 's/^version=//p' target/classes/io/github/frontmatter/articles/internal/cli/version.properties)
dist=target/articles-$version-dist.tar.gz
[ -f "$dist" ] && [ -f target/runtime-classpath.txt ] || {
  echo "startup.sh: expected $dist and target/runtime-classpath.txt (run mvn package) but found none" >&2
  exit 2
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar xzf "$dist" -C "$work"
articles=$work/articles-$version/bin/articles
jar=$work/articles-$version/lib/articles-$version-cli.jar
cp="target/classes:$(cat target/runtime-classpath.txt)"
export XDG_CACHE_HOME="$work/cache"

one=examples/articles/binjiang-library-opening.md
shared=${ARTICLES_SHARED:-../shared}
have_corpus=no
if [ -d "$shared/corpus" ]; then
  have_corpus=yes
  find "$shared/corpus" -name '*.md' | LC_ALL=C sort | head -100 > "$work/hundred.txt"
fi

now() { date +%s%N; }
# time_one CMD...: wall time of one run in ms (output discarded; status 0 or 1 accepted)
time_one() {
  t0=$(now)
  "$@" >/dev/null 2>&1 || [ $? -eq 1 ] || { echo "startup.sh: failed: $*" >&2; exit 2; }
  echo $(( ($(now) - t0) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

old() { java -cp "$cp" io.github.frontmatter.articles.internal.cli.Main "$@"; }
new() { "$articles" "$@"; }
plainjar() { java -jar "$jar" "$@"; }
nocds() { ARTICLES_CDS=0 "$articles" "$@"; }
c2() { ARTICLES_OPTS=-XX:TieredStopAtLevel=4 "$articles" "$@"; }

# measure LABEL N ARGS...: prints one table row: the five routes' medians
measure() {
  label=$1; n=$2; shift 2
  for route in old new plainjar nocds c2; do : > "$work/$route.ms"; done
  i=0
  while [ $i -lt "$n" ]; do
    for route in old new plainjar nocds c2; do
      time_one $route "$@" >> "$work/$route.ms"
    done
    i=$((i + 1))
  done
  o=$(median < "$work/old.ms"); w=$(median < "$work/new.ms")
  printf '| %s | %s | %d | %d | %.0f%% | %d | %d | %d |\n' "$label" "$n" "$o" "$w" \
    "$(echo "$w $o" | awk '{print 100 * $1 / $2}')" "$(median < "$work/plainjar.ms")" \
    "$(median < "$work/nocds.ms")" "$(median < "$work/c2.ms")"
}

new check "$one" >/dev/null 2>&1 || true   # makes the archive (untimed)
echo "load before: $(uptime)"
echo "java: $(java -version 2>&1 | sed -n 2p)"
echo
echo "| input | runs | today: java -cp … internal.cli.Main (ms) | bin/articles (ms) | bin/articles / today | java -jar, no options (ms) | bin/articles without the archive (ms) | bin/articles with C2 (ms) |"
echo "|---|---|---|---|---|---|---|---|"
measure "one file (check)" "$runs" check "$one"
if [ $have_corpus = yes ]; then
  # shellcheck disable=SC2046
  measure "100 corpus files (check)" "$runs" check $(cat "$work/hundred.txt")
  measure "the corpus, $(find "$shared/corpus" -name '*.md' | wc -l) files (check)" "$corpus_runs" check "$shared/corpus"
else
  echo "(no $shared/corpus: the 100-file and corpus rows are skipped)"
fi
echo
echo "load after: $(uptime)"
