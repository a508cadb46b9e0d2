#!/usr/bin/env bash
# The ingest benchmark of BENCHMARKS.md, end to end, on this machine's PostgreSQL:
#   1. a fresh database tongchou_bench and a hub on it (-Xmx1g, postgres profile);
#   2. new persons: RUNS runs of FACTS facts for FACTS persons, each followed in the same run by
#      the raw-JDBC baseline (the same rows re-inserted in batches into a scratch table);
#   3. long histories: HISTORY persons get 200 events each, the hub restarts (cold cache), and
#      the same persons get FACTS more facts; compared with a new-persons run of the same size
#      right after it.
# Needs the jars (mvn -DskipTests install) and PostgreSQL as test.sh prepares it.
set -euo pipefail
cd "$(dirname "$0")/../.."
FACTS=${FACTS:-40000}
RUNS=${RUNS:-3}
BATCH=${BATCH:-500}
STREAMS=${STREAMS:-4}
HISTORY=${HISTORY:-100}
DB=tongchou_bench
URL=jdbc:postgresql://127.0.0.1:5432/$DB
export PGPASSWORD=tongchou

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
as_postgres dropdb --if-exists "$DB"
as_postgres createdb -O tongchou "$DB"

hub_pid=
start_hub() {
  TONGCHOU_DB_URL=$URL TONGCHOU_PERSON_KEY_SECRET=bench-secret-0123456789 TONGCHOU_TOKENS_ENABLED=true \
    java -Xmx1g -Daxoniq.update-checker.disabled=true -jar hub/target/hub-exec.jar \
    --spring.profiles.active=postgres --tongchou.grpc.port=29090 --server.port=28080 >/tmp/tongchou-bench-hub.log 2>&1 &
  hub_pid=$!
  for _ in $(seq 1 90); do (exec 3<>/dev/tcp/127.0.0.1/29090) 2>/dev/null && return; sleep 1; done
  echo "hub did not start; see /tmp/tongchou-bench-hub.log" >&2; exit 1
}
stop_hub() { kill "$hub_pid"; wait "$hub_pid" 2>/dev/null || true; }
trap 'kill $hub_pid 2>/dev/null || true' EXIT

start_hub
TONGCHOU_DB_URL=$URL java -jar hub/target/hub-exec.jar credentials issue --region 320200 \
  --spring.profiles.active=postgres > /tmp/tongchou-bench.token

bench() {
  java -jar region-adapter/target/region-adapter.jar bench --hub 127.0.0.1:29090 \
    --token-file /tmp/tongchou-bench.token --region 320211 --batch-size "$BATCH" --streams "$STREAMS" "$@" | tail -1
}

echo "## warm-up (not counted)"
bench --facts 20000 --persons 20000 >/dev/null
echo "## new persons, with the raw JDBC baseline in the same run"
for _ in $(seq 1 "$RUNS"); do
  # The baseline uses the hub's driver options (reWriteBatchedInserts, as application-postgres.yml).
  bench --facts "$FACTS" --persons "$FACTS" --jdbc-url "$URL?reWriteBatchedInserts=true" \
    --jdbc-user tongchou --jdbc-password tongchou
done
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
