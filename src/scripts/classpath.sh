#!/usr/bin/env bash
# Builds the library and its tests, and prints the class path that runs them (main and test
# classes, every dependency of test scope, JMH included). Used by bench.sh, jmh.sh and
# memory.sh; the dependency list is cached in target/bench.classpath.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
echo "$(pwd)/target/classes:$(pwd)/target/test-classes:$(cat target/bench.classpath)"
