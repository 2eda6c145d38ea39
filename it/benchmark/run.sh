#!/usr/bin/env bash
# Runs the whole benchmark and writes it/benchmark/RESULTS.md:
#   1. installs the library and its test-jar (the LocalRedisCluster fixture) into the local Maven repository,
#   2. builds this benchmark project,
#   3. runs BenchMain: starts a local 3+3 Redis Cluster; GET and SET for Jedis and the library in 6 counterbalanced
#      rounds of fresh JVMs (client CPU, allocation, throughput per fork); MGET 10/100 for Jedis, the library and
#      Lettuce; JMH sample time at 1 thread; redis-benchmark; 3 failover runs per client; stops the cluster.
#
# Expected duration on the 2-core machine: about 19 minutes by this estimate, ~17 measured (must stay under 20). With the defaults of BenchMain
# (see Settings) and ~2 s per JMH fork for JVM start-up and set-up (a smoke run measured ~1.1 s):
#   GET/SET rounds: 6 rounds x 2 workloads x 2 clients = 24 forks per thread count;
#                   8 threads: 24 x (2 + 2x2 warm-up + 2x4) s = 336 s; 1 thread: 24 x (2 + 3x3 warm-up + 2x4) s = 456 s
#   MGET:           2 workloads x (3 clients at 1 thread + 2 at 8 threads) = 10 forks x (2 + 2x2 + 3x3) s = 150 s
#   sample time:    4 workloads x 2 clients at 1 thread = 8 forks x (2 + 1x2 + 1x4) s                      =  64 s
#   install + build <= 60 s; cluster start and 10,000 keys ~5 s; redis-benchmark ~10 s;
#   failover: 3 Jedis runs (~13 s each: some of its writes hang ~10 s) + 3 library runs (~6 s each), restarts
#   included, ~60 s
#   total ~ 792 + 150 + 64 + 60 + 5 + 10 + 60 = 1,141 s = 19 min (the run before the longer 1-thread warm-up took
#   15 min against an estimate of 17). BenchMain prints its JMH plan when it starts,
#   RESULTS.md states the actual duration.
#
# Usage: bash it/benchmark/run.sh            (from anywhere)
# Extra JVM system properties for BenchMain (listed in the Javadoc of Settings) go in BENCH_OPTS, another report
# file in BENCH_OUT, e.g.
#   BENCH_OUT=/tmp/get.md BENCH_OPTS="-Dbench.clients=jedis,library -Dbench.workloads=get -Dbench.threads=1" \
#     bash it/benchmark/run.sh
# A smoke run through every section in under 3 minutes:
#   BENCH_OUT=/tmp/smoke.md BENCH_OPTS="-Dbench.rounds=2 -Dbench.warmups=1 -Dbench.warmupSeconds=1 \
#     -Dbench.iterations=1 -Dbench.seconds=1 -Dbench.mgetIterations=2 -Dbench.mgetSeconds=1 \
#     -Dbench.sampleWarmupSeconds=1 -Dbench.sampleSeconds=1 -Dbench.failoverRuns=2 -Dbench.jedisFailoverRuns=1" \
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
