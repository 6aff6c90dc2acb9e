#!/usr/bin/env bash
# The memory figures (src/test/java/.../bench/MemoryMain.java): a 50 MB article built in a
# temporary folder from the reference article, then parse + body() and readFrontMatter, each
# in a JVM of its own with a fixed -Xmx. Arguments: [--size-mb 50] [--reference FILE].
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cp=$("$repo/src/scripts/classpath.sh")
cd "$repo"
exec java -cp "$cp" io.github.frontmatter.articles.bench.MemoryMain "$@"
