#!/usr/bin/env bash
# Kafka publishing of BENCHMARKS.md: catch-up throughput and commit-to-Kafka lag at steady load.
# A hub on PostgreSQL (database tongchou_bench, a fresh schema each run) and a KRaft broker in the
# same JVM (hub/src/test/java/org/tongchou/hub/publishing/KafkaPublishingBench.java).
# Needs the compiled tests: mvn -B -o -pl hub -am test-compile
set -euo pipefail
cd "$(dirname "$0")/../.."
BACKLOG=${BACKLOG:-10000}
RATES=${RATES:-100,300}
SECONDS_EACH=${SECONDS_EACH:-30}
RUNS=${RUNS:-3}
DB=tongchou_bench
export PGPASSWORD=tongchou
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
psql -h 127.0.0.1 -U tongchou -d "$DB" -c "select 1" >/dev/null 2>&1 || as_postgres createdb -O tongchou "$DB"
export TONGCHOU_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB

mvn -B -q -o -pl hub dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# The checkout's own proto and hub classes come first.
cp="proto/target/classes:hub/target/test-classes:hub/target/classes:$(cat hub/target/bench.classpath)"
for run in $(seq 1 "$RUNS"); do
  echo "run $run"
  java -Xmx1g -Dbacklog="$BACKLOG" -Drates="$RATES" -Dseconds="$SECONDS_EACH" -cp "$cp" \
    org.tongchou.hub.publishing.KafkaPublishingBench 2>/tmp/tongchou-kafka-bench.err | grep '^|'
done
