#!/usr/bin/env bash
# Runs the whole benchmark and writes it/benchmark/RESULTS.md (about 20 minutes on 2 cores):
#   1. installs the library and its test-jar (the LocalRedisCluster fixture) into the local Maven repository,
#   2. builds this benchmark project,
#   3. runs BenchMain: starts a local 3+3 Redis Cluster, JMH (throughput with -prof gc, then sample time) for
#      Jedis, the library and Lettuce at 1 and 8 threads, redis-benchmark, failover recovery; stops the cluster.
#
# Usage: bash it/benchmark/run.sh            (from anywhere)
# Extra JVM system properties for BenchMain (see its javadoc) go in BENCH_OPTS, another report file in BENCH_OUT, e.g.
#   BENCH_OUT=/tmp/get.md BENCH_OPTS="-Dbench.clients=jedis,library -Dbench.workloads=get -Dbench.threads=1" \
#     bash it/benchmark/run.sh
#
# The whole run holds the Maven lock file ($MVN_LOCK, default /tmp/mvn.lock) so that no other build on the
# machine disturbs the numbers; started as `flock /tmp/mvn.lock bash it/benchmark/run.sh` it uses the lock it has.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
lock="${MVN_LOCK:-/tmp/mvn.lock}"

if [[ -z "${BENCH_LOCK_HELD:-}" && "$(ps -o comm= -p "$PPID" 2>/dev/null || true)" != "flock" ]]; then
  export BENCH_LOCK_HELD=1
  exec flock "$lock" bash "${BASH_SOURCE[0]}" "$@"
fi

command -v redis-benchmark >/dev/null || echo "run.sh: redis-benchmark not found (apt-get install redis-tools); its rows will be missing" >&2

echo "== installing the library and its test-jar"
(cd "$root" && mvn -B -q install -DskipTests -Dinvoker.skip=true)

echo "== building the benchmark"
(cd "$here" && mvn -B -q package)

echo "== running (results in $here/RESULTS.md)"
cd "$here"
git_rev="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
# shellcheck disable=SC2086
java -Xms512m -Xmx1g \
  -Djava.util.logging.config.file="$here/logging-main.properties" \
  -Dbench.logging="$here/logging.properties" \
  -Dbench.git="$git_rev" \
  -Dbench.command="bash it/benchmark/run.sh${BENCH_OPTS:+ (BENCH_OPTS=$BENCH_OPTS)}" \
  -Dbench.out="${BENCH_OUT:-$here/RESULTS.md}" \
  ${BENCH_OPTS:-} \
  -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" \
  io.github.jakartaredis.benchmark.BenchMain
