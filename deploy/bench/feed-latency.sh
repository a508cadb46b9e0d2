#!/usr/bin/env bash
# Commit-to-feed latency of BENCHMARKS.md: a hub on PostgreSQL (database tongchou_bench, kept
# from ingest.sh or created empty), one region pushing single-fact batches at a steady RATE for
# SECONDS and reading them back on its own feed. Needs the jars (mvn -DskipTests install).
set -euo pipefail
cd "$(dirname "$0")/../.."
RATES=${RATES:-"100 300"}
SECONDS_EACH=${SECONDS_EACH:-30}
DB=tongchou_bench
URL=jdbc:postgresql://127.0.0.1:5432/$DB
export PGPASSWORD=tongchou
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
psql -h 127.0.0.1 -U tongchou -d "$DB" -c "select 1" >/dev/null 2>&1 || as_postgres createdb -O tongchou "$DB"

TONGCHOU_DB_URL=$URL TONGCHOU_PRODUCTION=false TONGCHOU_PERSON_KEY_SECRET=bench-secret-0123456789 TONGCHOU_TOKENS_ENABLED=true \
  java -Xmx1g -Daxoniq.update-checker.disabled=true -jar hub/target/hub-exec.jar \
  --spring.profiles.active=postgres --tongchou.grpc.port=29090 --server.port=28080 >/tmp/tongchou-feed-hub.log 2>&1 &
hub_pid=$!
trap 'kill $hub_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do (exec 3<>/dev/tcp/127.0.0.1/29090) 2>/dev/null && break; sleep 1; done
TONGCHOU_DB_URL=$URL java -jar hub/target/hub-exec.jar credentials issue --region 320200 \
  --spring.profiles.active=postgres > /tmp/tongchou-feed.token

for rate in $RATES; do
  # Start reading near the feed's end rather than from position 0.
  end=$(psql -h 127.0.0.1 -U tongchou -d "$DB" -tA -c "SELECT last_position FROM feed_sequence")
  java -jar deploy/bench/workload/target/tongchou-workload.jar bench-feed --hub 127.0.0.1:29090 \
    --token-file /tmp/tongchou-feed.token --region 320211 --rate "$rate" --seconds "$SECONDS_EACH" \
    --after "$end" | grep '^|' | tail -1
done
