#!/usr/bin/env bash
# The replay benchmark of BENCHMARKS.md ("Replay"), end to end, on this machine's PostgreSQL:
#   1. a fresh database tongchou_bench_replay and a hub on it (-Xmx1g, postgres profile);
#   2. a large generated history: tongchou-workload bench pushes FACTS facts for PERSONS persons
#      (arrivals, services, agreements; each fact's obligations are recorded as events too);
#   3. `hub replay bench`: RUNS runs, each a raw sequential JDBC read of domain_event_entry and a
#      replay of the same rows under the recorded decisions, after a warm-up pair; medians;
#   4. one `audit replay` over gRPC with an auditor's credential, for the rate an auditor sees.
# Needs the jars (mvn -DskipTests install) and PostgreSQL as test.sh prepares it.
set -euo pipefail
cd "$(dirname "$0")/../.."
FACTS=${FACTS:-100000}
PERSONS=${PERSONS:-25000}
RUNS=${RUNS:-5}
DB=tongchou_bench_replay
URL=jdbc:postgresql://127.0.0.1:5432/$DB
export PGPASSWORD=tongchou

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
as_postgres dropdb --if-exists "$DB"
as_postgres createdb -O tongchou "$DB"

hub() {
  TONGCHOU_DB_URL=$URL TONGCHOU_PRODUCTION=false TONGCHOU_PERSON_KEY_SECRET=bench-secret-0123456789 \
    java -Xmx1g -Daxoniq.update-checker.disabled=true -jar hub/target/hub-exec.jar --spring.profiles.active=postgres "$@"
}
# Started directly (not through the function), so that $! is the JVM itself and the trap stops it.
TONGCHOU_DB_URL=$URL TONGCHOU_PRODUCTION=false TONGCHOU_PERSON_KEY_SECRET=bench-secret-0123456789 TONGCHOU_TOKENS_ENABLED=true \
  java -Xmx1g -Daxoniq.update-checker.disabled=true -jar hub/target/hub-exec.jar --spring.profiles.active=postgres \
  --tongchou.grpc.address=127.0.0.1 --tongchou.grpc.port=29091 --server.port=28081 \
  --tongchou.access.quota.new-persons-per-day=100000000 >/tmp/tongchou-bench-replay-hub.log 2>&1 &
hub_pid=$!
trap 'kill $hub_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do (exec 3<>/dev/tcp/127.0.0.1/29091) 2>/dev/null && break; sleep 1; done
# The token is the last line; the line before names the credential and its expiry.
hub credentials issue --region 320200 | tail -n 1 > /tmp/tongchou-bench-replay-region.token
hub credentials issue --auditor | tail -n 1 > /tmp/tongchou-bench-replay-auditor.token

echo "## history: $FACTS facts for $PERSONS persons"
java -jar deploy/bench/workload/target/tongchou-workload.jar bench --hub 127.0.0.1:29091 \
  --token-file /tmp/tongchou-bench-replay-region.token --region 320211 --facts "$FACTS" --persons "$PERSONS" | tail -1
# Let the read models catch up, so that nothing else runs during the measurement.
for _ in $(seq 1 600); do
  done_=$(psql -h 127.0.0.1 -U tongchou -d "$DB" -tAc "SELECT COUNT(*) FROM obligation_view") || true
  sleep 2
  again=$(psql -h 127.0.0.1 -U tongchou -d "$DB" -tAc "SELECT COUNT(*) FROM obligation_view") || true
  [ "$done_" = "$again" ] && break
done
psql -h 127.0.0.1 -U tongchou -d "$DB" -tAc \
  "SELECT 'events: ' || COUNT(*) || ', payload bytes: ' || SUM(length(payload)) FROM domain_event_entry"

echo "## hub replay bench: raw JDBC read and replay of the same rows, $RUNS runs"
hub replay bench --runs="$RUNS" --region=320000 --period=2026

echo "## audit replay over gRPC (rate on stderr)"
java -jar region-adapter/target/region-adapter.jar audit replay --region 320200 --period 2026 \
  --hub 127.0.0.1:29091 --token-file /tmp/tongchou-bench-replay-auditor.token 2>&1 >/dev/null | tail -1
