#!/usr/bin/env bash
# JMH micro-benchmarks (src/test/java/.../bench/ArticlesJmh.java): parse, readFrontMatter and
# write on a few representative files. Arguments go to JMH, e.g.
#   src/scripts/jmh.sh                                   # everything (~8 minutes)
#   src/scripts/jmh.sh 'ArticlesJmh.(toBytes|copyBytes)' -p file=examples/articles/commented-front-matter.md
#   src/scripts/jmh.sh -h                                # JMH's options
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cp=$("$repo/src/scripts/classpath.sh")
cd "$repo"
if [ $# -eq 0 ]; then
  set -- ArticlesJmh
fi
exec java ${JAVA_OPTS:-} -cp "$cp" org.openjdk.jmh.Main "$@"
