#!/usr/bin/env bash
# The import benchmark of BENCHMARKS.md (issue #15), on this machine's PostgreSQL:
#   1. a fresh database ($DB) and a hub on it (-Xmx1g, postgres profile);
#   2. RUNS rounds, each: FACTS new-person facts sent as `import` sends them (bench --as-import:
#      ordered by person and date, chunks of 10,000 journaled, batches marked as an import), then
#      FACTS others sent as `push` does (bench), each followed in the same run by the raw-JDBC
#      baseline (the same rows re-inserted in batches into a scratch table);
#   3. around each send, the hub's CPU time (utime + stime of its JVM, /proc) per fact.
# Needs the jars (mvn -DskipTests package) and PostgreSQL as test.sh prepares it. Prints the bench
# rows and one "cpu" line per send; the medians are taken by hand into BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
FACTS=${FACTS:-20000}
RUNS=${RUNS:-3}
BATCH=${BATCH:-500}
STREAMS=${STREAMS:-4}
DB=${DB:-tongchou_bench}
PORT=${PORT:-29090}
URL=jdbc:postgresql://127.0.0.1:5432/$DB
export PGPASSWORD=tongchou

psql_admin() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql_admin -c "DROP DATABASE IF EXISTS $DB"
psql_admin -c "CREATE DATABASE $DB OWNER tongchou"

TONGCHOU_DB_URL=$URL TONGCHOU_PRODUCTION=false TONGCHOU_PERSON_KEY_SECRET=bench-secret-0123456789 TONGCHOU_TOKENS_ENABLED=true \
  java -Xmx1g -Daxoniq.update-checker.disabled=true -jar hub/target/hub-exec.jar \
  --spring.profiles.active=postgres --tongchou.grpc.address=127.0.0.1 --tongchou.grpc.port="$PORT" \
  --server.port=$((PORT - 1000)) --tongchou.access.quota.new-persons-per-day=100000000 \
  >/tmp/tongchou-bench-import-hub.log 2>&1 &
hub_pid=$!
trap 'kill $hub_pid 2>/dev/null || true' EXIT
started=
for _ in $(seq 1 120); do
  (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null && { started=1; break; }
  kill -0 "$hub_pid" 2>/dev/null || break
  sleep 1
done
[ -n "$started" ] || { echo "hub did not start; see /tmp/tongchou-bench-import-hub.log" >&2; exit 1; }
TONGCHOU_DB_URL=$URL java -jar hub/target/hub-exec.jar credentials issue --region 320200 \
  --spring.profiles.active=postgres | tail -n 1 > /tmp/tongchou-bench-import.token

ticks=$(getconf CLK_TCK)
hub_cpu() { awk -v t="$ticks" '{ printf "%.0f", ($14 + $15) * 1000 / t }' "/proc/$hub_pid/stat"; }

send() { # mode, then bench options
  local mode=$1; shift
  local before after
  before=$(hub_cpu)
  java -jar deploy/bench/workload/target/tongchou-workload.jar bench --hub 127.0.0.1:"$PORT" \
    --token-file /tmp/tongchou-bench-import.token --region 320211 --batch-size "$BATCH" \
    --streams "$STREAMS" "$@" | tail -1
  after=$(hub_cpu)
  echo "cpu $mode: hub $((after - before)) ms for $FACTS facts = $(( (after - before) * 1000 / FACTS )) µs/fact"
}

echo "## warm-up (not counted)"
send warm-up --facts "$FACTS" --persons "$FACTS" >/dev/null
for run in $(seq 1 "$RUNS"); do
  echo "## run $run"
  send import --as-import --facts "$FACTS" --persons "$FACTS" \
    --jdbc-url "$URL?reWriteBatchedInserts=true" --jdbc-user tongchou --jdbc-password tongchou
  send push --facts "$FACTS" --persons "$FACTS" \
    --jdbc-url "$URL?reWriteBatchedInserts=true" --jdbc-user tongchou --jdbc-password tongchou
done
