#!/usr/bin/env bash
# Two regions exchanging facts through one hub, as a region operator would set it up: the hub's
# own CA, a certificate per region (no tokens), each region's adapter daemon bridging its own
# PostgreSQL outbox and inbox. Wuxi's system inserts facts about people registered in Henan into
# its outbox; they appear in Henan's inbox. Needs the jars (mvn -DskipTests install) and
# PostgreSQL on 127.0.0.1 with the role tongchou (as test.sh prepares it).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGPASSWORD=tongchou
DB=tongchou_regions
work=$(mktemp -d)
hub=(java -Daxoniq.update-checker.disabled=true -jar hub/target/hub-exec.jar)
adapter=(java -jar region-adapter/target/region-adapter.jar)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
psql -h 127.0.0.1 -U tongchou -d "$DB" -c "SELECT 1" >/dev/null 2>&1 || as_postgres createdb -O tongchou "$DB"
suffix=$(date +%s)

echo "== the hub's CA, and a certificate for each region (keys made here only for this trial)"
"${hub[@]}" ca init --dir "$work/ca"
"${hub[@]}" ca issue --dir "$work/ca" --region 320200 --generate "$work/wuxi"
"${hub[@]}" ca issue --dir "$work/ca" --region 410000 --generate "$work/henan"

echo "== the hub, TLS only (tokens off), data in $work/hub"
"${hub[@]}" --tongchou.data-dir="$work/hub" --tongchou.grpc.port=19190 --server.port=18180 \
  --tongchou.grpc.tls.ca-dir="$work/ca" --tongchou.access.tokens.enabled=false >"$work/hub.log" 2>&1 &
pids=($!)
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do (exec 3<>/dev/tcp/127.0.0.1/19190) 2>/dev/null && break; sleep 1; done

config() { # region code, name
  cat >"$work/$2.properties" <<PROPS
hub = localhost:19190
tls.ca = ca/ca.crt
tls.cert = $2.crt
tls.key = $2.key
region = $1
local-db.url = jdbc:postgresql://127.0.0.1:5432/$DB?currentSchema=${2}_$suffix
local-db.user = tongchou
local-db.password = tongchou
push.poll-interval = 200ms
feed.checkpoint-interval = 500ms
PROPS
  "${adapter[@]}" init-db --config "$work/$2.properties"
  "${adapter[@]}" run --config "$work/$2.properties" >"$work/$2.log" 2>&1 &
  pids+=($!)
}
echo "== each region's adapter, on its own schema of $DB"
config 320200 wuxi
config 410000 henan

echo "== Wuxi's system inserts examples/wuxi-arrivals.jsonl into its outbox"
while IFS= read -r line; do
  [ -n "$line" ] && psql -q -h 127.0.0.1 -U tongchou -d "$DB" -v ON_ERROR_STOP=1 \
    -c "INSERT INTO wuxi_$suffix.tongchou_outbox (fact) VALUES ('${line//\'/\'\'}')"
done < examples/wuxi-arrivals.jsonl

count() { psql -h 127.0.0.1 -U tongchou -d "$DB" -tA -c "$1"; }
for _ in $(seq 1 120); do
  [ "$(count "SELECT count(*) FROM henan_$suffix.tongchou_inbox")" -ge 11 ] && break
  sleep 0.5
done

echo "== Wuxi's outbox: every row with its receipt"
psql -h 127.0.0.1 -U tongchou -d "$DB" -c \
  "SELECT id, state, fact->>'recordId' AS record_id, left(receipt_hash, 12) AS hash FROM wuxi_$suffix.tongchou_outbox ORDER BY id"
echo "== Henan's inbox: what concerns Henan (people registered there), no ID numbers or names"
psql -h 127.0.0.1 -U tongchou -d "$DB" -c \
  "SELECT feed_position, kind, fact_type, record_id, region FROM henan_$suffix.tongchou_inbox ORDER BY feed_position"
"${adapter[@]}" status --config "$work/henan.properties" || true
[ "$(count "SELECT count(*) FROM henan_$suffix.tongchou_inbox")" -ge 11 ]
