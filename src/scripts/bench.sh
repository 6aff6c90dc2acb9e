#!/usr/bin/env bash
# The side-by-side benchmark: runs ../shared/bench/run.sh (the floor and the peers) with this
# library's rows added through PROJECT_CMD, so one run prints one table.
#
#   src/scripts/bench.sh [DIR]          DIR defaults to ../shared/corpus
#
# Environment, as run.sh takes it: WARMUP (3), WARMUP_S (20), PASSES (5), JAVA_OPTS (given to
# the floor and to this library alike), JAVA_MODES, NODE_MODES; and
#   PROJECT_MODES  this library's modes (default below; see BenchMain's Javadoc)
#   BENCH_HOME     the shared bench (default ../shared/bench); it is copied to BENCH_WORK
#   BENCH_WORK     where it runs (default ${TMPDIR:-/tmp}/articles-bench), so that its
#                  node_modules/ and target/ never land in the shared folder or in this repository
# Example, a quick look at the front-matter rows only:
#   WARMUP_S=5 JAVA_MODES=fm NODE_MODES=fm PROJECT_MODES="fm io" src/scripts/bench.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dir=$(cd "${1:-$repo/../shared/corpus}" && pwd)
home=$(cd "${BENCH_HOME:-$repo/../shared/bench}" && pwd)
work=${BENCH_WORK:-${TMPDIR:-/tmp}/articles-bench}

cp=$("$repo/src/scripts/classpath.sh")
mkdir -p "$work"
# a fresh copy of the bench's own files; node_modules/ and target/ stay from earlier runs
tar -C "$home" --exclude=node_modules --exclude=target -cf - . | tar -C "$work" -xf -
chmod -R u+w "$work"

echo "# uptime before: $(uptime)" >&2
export PROJECT_CMD="java ${JAVA_OPTS:-} -cp $cp io.github.frontmatter.articles.bench.BenchMain"
export PROJECT_MODES=${PROJECT_MODES:-full full-core full-bytes fm fm-bytes io write copy parseAll vs-floor}
"$work/run.sh" "$dir"
echo "# uptime after: $(uptime)" >&2
