#!/usr/bin/env bash
# Fuzzes the ArticleFuzzTest targets with Jazzer for a fixed time each.
#
#   src/scripts/fuzz.sh [DURATION] [TARGET...]
#
#   DURATION  per target, in Jazzer's form: 90s, 4m, 1h (default 1m)
#   TARGET    parse, validate, edit, body, html (default: all five, one after the other)
#
# Examples:  src/scripts/fuzz.sh 4m parse      src/scripts/fuzz.sh 3m validate edit
#
# Each target runs in its own JVM (Jazzer fuzzes one test per run) with JAZZER_FUZZ=1,
# instrumenting the library and snakeyaml-engine (and flexmark for body and html). The generated corpus grows in
# .cifuzz-corpus/ (not committed). An input that breaks a target's invariant is written to
# src/test/resources/io/github/frontmatter/articles/ArticleFuzzTestInputs/<target>/crash-*:
# commit it with the fix, and it runs as a regression test in every build from then on.
# The log of each run is target/fuzz-<target>.log; a summary (executions, coverage at the
# start and the end, findings) is printed at the end.
set -uo pipefail
cd "$(dirname "$0")/../.."

duration=${1:-1m}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(parse validate edit body html)
for t in "${targets[@]}"; do
  case "$t" in
    parse|validate|edit|body|html) ;;
    *) echo "unknown target: $t (expected parse, validate, edit, body or html)" >&2; exit 2 ;;
  esac
done

export JAZZER_FUZZ=1
export JAZZER_MAX_DURATION="$duration"
# the library and snakeyaml-engine; the body targets also flexmark and the autolink scanner,
# so that coverage guides the fuzzer through the Markdown parser
front='io.github.frontmatter.**:org.snakeyaml.**'
markdown="$front:com.vladsch.flexmark.**:org.nibor.autolink.**"

mvn -B -q test-compile || exit 1
mkdir -p target
inputs=src/test/resources/io/github/frontmatter/articles/ArticleFuzzTestInputs
status=0
summary=()
for t in "${targets[@]}"; do
  log="target/fuzz-$t.log"
  case "$t" in
    body|html) export JAZZER_INSTRUMENTATION_INCLUDES="$markdown" ;;
    *) export JAZZER_INSTRUMENTATION_INCLUDES="$front" ;;
  esac
  before=$(ls "$inputs/$t" 2>/dev/null | grep -c '^crash-' || true)
  echo "fuzzing $t for $duration (log: $log)"
  # JUnit would apply the targets' @Timeout to the whole session; Jazzer still applies it to
  # each input (libFuzzer's -timeout), which is what it is for
  mvn -B surefire:test -Dtest="ArticleFuzzTest#$t" -Dsurefire.failIfNoSpecifiedTests=false \
    -DtrimStackTrace=false -DargLine=-Djunit.jupiter.execution.timeout.mode=disabled \
    > "$log" 2>&1
  rc=$?
  after=$(ls "$inputs/$t" 2>/dev/null | grep -c '^crash-' || true)
  first=$(grep -m1 -E '^#[0-9]+.*cov: ' "$log" || true)
  last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1 || true)
  done_line=$(grep -E '^Done [0-9]+ runs' "$log" | tail -1 || true)
  summary+=("$t: exit $rc, new crash inputs $((after - before))"
    "  first: ${first:-none}" "  last:  ${last:-none}" "  ${done_line:-no 'Done' line (see $log)}")
  if [ "$rc" -ne 0 ] || [ "$after" -gt "$before" ]; then
    status=1
  fi
done
printf '%s\n' "${summary[@]}"
exit $status
