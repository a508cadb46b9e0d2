#!/usr/bin/env bash
# The ingest benchmark of BENCHMARKS.md, end to end, on this machine's PostgreSQL:
#   1. a fresh database tongchou_bench and a hub on it (-Xmx1g, postgres profile);
#   2. new persons: RUNS runs of FACTS facts for FACTS persons, each followed in the same run by
#      the raw-JDBC baseline (the same rows re-inserted in batches into a scratch table);
#   3. long histories: HISTORY persons get 200 events each, the hub restarts (cold cache), and
#      the same persons get FACTS more facts; compared with a new-persons run of the same size
#      right after it (HISTORY=0 skips this part).
# SETTLE=1 also waits, after each new-persons run, until the hub is idle again (its read models
# have projected the run) and reports the CPU per fact with that tail: the figure that does not
# depend on how far behind the read models were when the run began (issue #15, session 6).
# HUB_JAR names another hub jar (to measure a kept build against the current one), HUB_JAVA_OPTS
# adds JVM options (for example a flight recording: -XX:StartFlightRecording=settings=profile,...).
# Needs the jars (mvn -DskipTests install) and PostgreSQL as test.sh prepares it. The hub listens
# on loopback (tokens over plaintext are refused elsewhere) and the bench credential's new-person
# quota is lifted: a bench makes more new persons a day than any region (docs/ACCESS.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
FACTS=${FACTS:-40000}
RUNS=${RUNS:-3}
BATCH=${BATCH:-500}
STREAMS=${STREAMS:-4}
HISTORY=${HISTORY:-100}
DB=${DB:-tongchou_bench}
GRPC=${GRPC:-29090}
HTTP=${HTTP:-28080}
MGMT=${MGMT:-$((HTTP + 1))}
HUB_JAR=${HUB_JAR:-hub/target/hub-exec.jar}
HUB_JAVA_OPTS=${HUB_JAVA_OPTS:-}
WORKLOAD_JAR=${WORKLOAD_JAR:-deploy/bench/workload/target/tongchou-workload.jar}
URL=jdbc:postgresql://127.0.0.1:5432/$DB
export PGPASSWORD=tongchou

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
as_postgres dropdb --if-exists "$DB"
as_postgres createdb -O tongchou "$DB"

hub_pid=
start_hub() {
  TONGCHOU_DB_URL=$URL TONGCHOU_PRODUCTION=false TONGCHOU_PERSON_KEY_SECRET=bench-secret-0123456789 TONGCHOU_TOKENS_ENABLED=true \
    java -Xmx1g -Daxoniq.update-checker.disabled=true $HUB_JAVA_OPTS -jar "$HUB_JAR" \
    --spring.profiles.active=postgres --tongchou.grpc.address=127.0.0.1 --tongchou.grpc.port=$GRPC \
    --server.port=$HTTP --management.server.port=$MGMT --tongchou.access.quota.new-persons-per-day=100000000 \
    >/tmp/$DB-hub.log 2>&1 &
  hub_pid=$!
  for _ in $(seq 1 "${START_WAIT:-240}"); do (exec 3<>/dev/tcp/127.0.0.1/$GRPC) 2>/dev/null && return; sleep 1; done
  echo "hub did not start; see /tmp/$DB-hub.log" >&2; exit 1
}
stop_hub() { kill "$hub_pid"; wait "$hub_pid" 2>/dev/null || true; }
trap 'kill $hub_pid 2>/dev/null || true' EXIT

start_hub
TONGCHOU_DB_URL=$URL java -jar "$HUB_JAR" credentials issue --region 320200 \
  --spring.profiles.active=postgres | tail -n 1 > /tmp/$DB.token

bench() {
  java -jar "$WORKLOAD_JAR" bench --hub 127.0.0.1:$GRPC \
    --token-file /tmp/$DB.token --region 320211 --batch-size "$BATCH" --streams "$STREAMS" "$@" | tail -1
}

# The hub's CPU (utime + stime of its JVM) per fact around a send: it bounds the rate whatever the
# load of a shared machine. It includes the read models' projection of the send while it runs.
ticks=$(getconf CLK_TCK)
hub_cpu() { awk -v t="$ticks" '{ printf "%.0f", ($14 + $15) * 1000 / t }' "/proc/$hub_pid/stat"; }

echo "## warm-up (not counted)"
bench --facts "${WARMUP:-20000}" --persons "${WARMUP:-20000}" >/dev/null
if [ "${SETTLE:-0}" = 1 ]; then
  for _ in $(seq 1 100); do a=$(hub_cpu); sleep 3; b=$(hub_cpu); [ $((b - a)) -lt 150 ] && break; done
fi
echo "## new persons, with the raw JDBC baseline in the same run"
for _ in $(seq 1 "$RUNS"); do
  # The baseline uses the hub's driver options (reWriteBatchedInserts, as application-postgres.yml).
  before=$(hub_cpu)
  bench --facts "$FACTS" --persons "$FACTS" --jdbc-url "$URL?reWriteBatchedInserts=true" \
    --jdbc-user tongchou --jdbc-password tongchou
  after=$(hub_cpu)
  echo "cpu: hub $((after - before)) ms for $FACTS facts = $(( (after - before) * 1000 / FACTS )) µs/fact"
  if [ "${SETTLE:-0}" = 1 ]; then
    # Idle: less than 150 ms of CPU in 3 s (the processor's polling, the feed's heartbeat).
    for _ in $(seq 1 100); do
      a=$(hub_cpu); sleep 3; b=$(hub_cpu)
      [ $((b - a)) -lt 150 ] && break
    done
    settled=$(hub_cpu)
    echo "cpu settled: hub $((settled - before)) ms for $FACTS facts = $(( (settled - before) * 1000 / FACTS )) µs/fact (read models caught up)"
  fi
done
[ "$HISTORY" -gt 0 ] || exit 0
echo "## long histories: $HISTORY persons x 200 events, then a restart (cold cache)"
bench --facts $((HISTORY * 200)) --persons "$HISTORY" --seed 42 >/dev/null
stop_hub
start_hub
for _ in $(seq 1 "$RUNS"); do
  echo "# persons with 200+ prior events"
  bench --facts $((HISTORY * 200)) --persons "$HISTORY" --seed 42
  echo "# new persons, same size"
  bench --facts $((HISTORY * 200)) --persons $((HISTORY * 200))
done
