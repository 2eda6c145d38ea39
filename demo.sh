#!/usr/bin/env bash
# One-command demo: builds the library and the example application (it/), starts a local Redis Cluster
# (3 primaries + 3 replicas on free loopback ports; redis-server from the PATH or $REDIS_SERVER, else the
# embedded Redis binary from Maven Central) and the example application in Open Liberty 26.0.0.3, prints
# URLs to try, and on Ctrl-C stops everything it started.
#
# Needs JDK 17+ and Maven 3.8+. The first run downloads Open Liberty (~350 MB) into the local Maven repository.
# MVN overrides the Maven command (e.g. MVN="flock /tmp/mvn.lock mvn").
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
mvn_cmd=${MVN:-mvn}

echo "[demo] building the library and the example application (mvn; the first run downloads Open Liberty) ..."
$mvn_cmd -B -q install -DskipTests -Dinvoker.skip=true
$mvn_cmd -B -q -f it/pom.xml package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/demo-classpath.txt -Dmdep.includeScope=test

java_cmd=java
if [ -n "${JAVA_HOME:-}" ]; then
    java_cmd="$JAVA_HOME/bin/java"
fi
mkdir -p it/target/tmp
# exec: Ctrl-C goes straight to the demo JVM, whose shutdown hooks stop Open Liberty and every Redis node.
exec "$java_cmd" \
    -cp "it/target/test-classes:it/target/classes:$(cat it/target/demo-classpath.txt)" \
    -Dbasedir="$root/it" \
    -Djava.io.tmpdir="$root/it/target/tmp" \
    -Dit.liberty.home="$root/it/target/runtimes/openliberty-26.0.0.3/wlp" \
    -Dit.war="$root/it/target/example.war" \
    -Dit.work="$root/it/target/demo" \
    io.github.jakartaredis.it.Demo
