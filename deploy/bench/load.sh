#!/usr/bin/env bash
# The load test of issue #16 ("Load"), on this machine's PostgreSQL: a fresh database
# tongchou_bench_load, NODES hub nodes on it (loopback, -Xmx1g), then `tongchou-workload load`:
# REGIONS counties pushing new persons' arrivals at RATE facts/s in all for SECONDS while
# SUBSCRIPTIONS feeds are held open, spread over the nodes by round_robin. Every 5 s it samples
# each node's heap in use and the connection-pool threads waiting (actuator metrics); at the end
# it prints their maxima with the tool's latency and error lines.
# Needs the jars (mvn -DskipTests package) and PostgreSQL as test.sh prepares it.
#   deploy/bench/load.sh                                   # 2 nodes, 50 regions, 500 feeds, 50 facts/s, 600 s
#   NODES=1 SECONDS_=120 SUBSCRIPTIONS=200 deploy/bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
NODES=${NODES:-2}
REGIONS=${REGIONS:-50}
SUBSCRIPTIONS=${SUBSCRIPTIONS:-500}
RATE=${RATE:-50}
SECONDS_=${SECONDS_:-600}
MAX_FEEDS=${MAX_FEEDS:-1000}
DB=tongchou_bench_load
URL=jdbc:postgresql://127.0.0.1:5432/$DB
export PGPASSWORD=tongchou

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
as_postgres dropdb --if-exists "$DB"
as_postgres createdb -O tongchou "$DB"

pids=()
addresses=()
trap 'kill "${pids[@]}" 2>/dev/null || true; kill "$sampler" 2>/dev/null || true' EXIT
sampler=
for n in $(seq 1 "$NODES"); do
  grpc=$((29100 + n)); http=$((28100 + n))
  TONGCHOU_DB_URL=$URL TONGCHOU_PRODUCTION=false TONGCHOU_PERSON_KEY_SECRET=bench-secret-0123456789 \
    TONGCHOU_TOKENS_ENABLED=true \
    java -Xmx1g -Daxoniq.update-checker.disabled=true -jar hub/target/hub-exec.jar \
    --spring.profiles.active=postgres --tongchou.grpc.address=127.0.0.1 --tongchou.grpc.port=$grpc \
    --server.port=$http --management.server.port=$((28200 + n)) \
    --tongchou.access.quota.new-persons-per-day=100000000 \
    --tongchou.access.max-open-feeds="$MAX_FEEDS" >/tmp/tongchou-bench-load-hub$n.log 2>&1 &
  pids+=($!)
  addresses+=("127.0.0.1:$grpc")
  # Nodes start one after the other: the first migrates the schema.
  for _ in $(seq 1 120); do (exec 3<>/dev/tcp/127.0.0.1/$grpc) 2>/dev/null && break; sleep 1; done
done
hubs=$(IFS=,; echo "${addresses[*]}")
TONGCHOU_DB_URL=$URL java -jar hub/target/hub-exec.jar credentials issue --office national \
  --label load-national --spring.profiles.active=postgres | tail -n 1 > /tmp/tongchou-bench-load.token

metric() { # node, metric name, [tag]: the value, or -
  curl -s "http://127.0.0.1:$((28200 + $1))/actuator/metrics/$2${3:+?tag=$3}" |
    sed -n 's/.*"statistic":"VALUE","value":\([0-9.E+]*\).*/\1/p' | head -1
}
(
  while true; do
    for n in $(seq 1 "$NODES"); do
      echo "$n $(metric "$n" jvm.memory.used area:heap) $(metric "$n" hikaricp.connections.pending)"
    done
    sleep 5
  done
) > /tmp/tongchou-bench-load.samples &
sampler=$!

echo "## load: $NODES nodes ($hubs), $REGIONS regions, $SUBSCRIPTIONS feeds, $RATE facts/s, $SECONDS_ s"
status=0
java -Xmx2g -jar deploy/bench/workload/target/tongchou-workload.jar load --hub "$hubs" \
  --token-file /tmp/tongchou-bench-load.token --regions "$REGIONS" --subscriptions "$SUBSCRIPTIONS" \
  --rate "$RATE" --seconds "$SECONDS_" || status=$?
kill "$sampler" 2>/dev/null || true
awk '$2 != "" { if ($2 > heap[$1]) heap[$1] = $2; if ($3 > wait[$1]) wait[$1] = $3 }
     END { for (n in heap) printf "node %s: heap in use max %.0f MB, pool threads waiting max %d\n", n, heap[n] / 1048576, wait[n] }' \
  /tmp/tongchou-bench-load.samples
for n in $(seq 1 "$NODES"); do
  echo "node $n log: $(grep -c ' ERROR ' /tmp/tongchou-bench-load-hub$n.log || true) ERROR lines, $(grep -c 'HUB_FEEDS_FULL' /tmp/tongchou-bench-load-hub$n.log || true) sheddings logged"
done
exit $status
