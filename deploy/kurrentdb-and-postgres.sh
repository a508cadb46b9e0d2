#!/usr/bin/env bash
# A region whose own system is event-sourced on KurrentDB and a region on PostgreSQL, syncing
# through one hub (issue #17): Wuxi (320200) appends facts about people registered in Henan to a
# KurrentDB stream; its adapter pushes them and fills a KurrentDB inbox stream, with no PostgreSQL
# of its own. Henan (410000) runs the PostgreSQL bridge; it reports a departure to Wuxi, which
# arrives in Wuxi's inbox stream. The hub's CA and a certificate per region, as in two-regions.sh.
#
# KurrentDB: set KURRENTDB_URL to a real server, e.g.
#   KURRENTDB_URL='kurrentdb://admin:changeit@127.0.0.1:2113?tls=false' deploy/kurrentdb-and-postgres.sh
# Without it, the script starts KurrentDbProtocolDouble instead: test code, an in-memory double of
# KurrentDB's gRPC protocol built on the client jar's own service classes. It is NOT KurrentDB
# (docs/KURRENTDB.md says what it does and does not do); this project's machines cannot run a
# KurrentDB server (no container engine, no package).
#
# Needs the jars and the adapter's compiled test code (the double and the stand-in for Wuxi's
# system, RegionStreamTool): `mvn -DskipTests package` (or install), and PostgreSQL on 127.0.0.1
# with the role tongchou (as test.sh prepares it).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGPASSWORD=tongchou
DB=tongchou_regions
work=$(mktemp -d)
hub=(java -Daxoniq.update-checker.disabled=true -jar hub/target/hub-exec.jar)
adapter=(java -jar region-adapter/target/region-adapter.jar)
# Test code runs through the adapter jar's own launcher, with the test classes added to its path.
test_code=(java -cp region-adapter/target/region-adapter.jar
  -Dloader.path=region-adapter/target/test-classes)
launcher=org.springframework.boot.loader.launch.PropertiesLauncher
kdb_tool() { "${test_code[@]}" -Dloader.main=org.tongchou.adapter.local.kurrentdb.RegionStreamTool "$launcher" "$@"; }
for f in hub/target/hub-exec.jar region-adapter/target/region-adapter.jar \
  region-adapter/target/test-classes/org/tongchou/adapter/local/kurrentdb/RegionStreamTool.class; do
  [ -e "$f" ] || { echo "missing $f: run mvn -DskipTests package first" >&2; exit 2; }
done
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

if [ -n "${KURRENTDB_URL:-}" ]; then
  KDB=$KURRENTDB_URL
  echo "== Wuxi's KurrentDB: the real server at ${KDB%%\?*}"
else
  KDB="kurrentdb://127.0.0.1:21130?tls=false"
  echo "== Wuxi's KurrentDB: NOT a server but KurrentDbProtocolDouble (test code) on 127.0.0.1:21130"
  "${test_code[@]}" -Dloader.main=org.tongchou.adapter.local.kurrentdb.KurrentDbProtocolDouble \
    "$launcher" 21130 >"$work/kurrentdb-double.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 60); do (exec 3<>/dev/tcp/127.0.0.1/21130) 2>/dev/null && break; sleep 0.5; done
fi
for _ in $(seq 1 90); do (exec 3<>/dev/tcp/127.0.0.1/19190) 2>/dev/null && break; sleep 1; done

OUTBOX=wuxi_facts-$suffix
OUTCOMES=tongchou-outcomes-320200_$suffix
INBOX=tongchou-inbox-320200_$suffix
common() { # region code, name
  cat <<PROPS
hub = localhost:19190
tls.ca = ca/ca.crt
tls.cert = $2.crt
tls.key = $2.key
region = $1
push.poll-interval = 200ms
feed.checkpoint-interval = 500ms
PROPS
}
{ common 320200 wuxi; cat <<PROPS
local.store = kurrentdb
kurrentdb.connection-string = $KDB
kurrentdb.outbox-stream = $OUTBOX
kurrentdb.outcomes-stream = $OUTCOMES
kurrentdb.inbox-stream = $INBOX
PROPS
} >"$work/wuxi.properties"
{ common 410000 henan; cat <<PROPS
local-db.url = jdbc:postgresql://127.0.0.1:5432/$DB?currentSchema=henan_$suffix
local-db.user = tongchou
local-db.password = tongchou
PROPS
} >"$work/henan.properties"

echo "== each region's adapter: Wuxi on KurrentDB, Henan on its own schema of $DB"
for region in wuxi henan; do
  "${adapter[@]}" init-db --config "$work/$region.properties"
  "${adapter[@]}" run --config "$work/$region.properties" >"$work/$region.log" 2>&1 &
  pids+=($!)
done

echo "== Wuxi's system appends examples/wuxi-arrivals.jsonl to its stream $OUTBOX"
kdb_tool append "$KDB" "$OUTBOX" examples/wuxi-arrivals.jsonl
departure="410102-2026-d-$suffix"
echo "== Henan's system inserts a departure to Wuxi's 滨湖区 (recordId $departure) into its outbox"
psql -q -h 127.0.0.1 -U tongchou -d "$DB" -v ON_ERROR_STOP=1 -c "INSERT INTO henan_$suffix.tongchou_outbox (fact) VALUES ('{\"recordId\": \"$departure\", \"type\": \"DepartureReported\", \"region\": \"410102\", \"occurredOn\": \"2026-03-01\", \"person\": {\"idNumber\": \"410102199505120020\", \"name\": \"赵敏\", \"sex\": \"F\", \"registrationRegion\": \"410102\"}, \"data\": {\"to\": \"320211\"}}')"

count() { psql -h 127.0.0.1 -U tongchou -d "$DB" -tA -c "$1"; }
for _ in $(seq 1 120); do
  [ "$(count "SELECT count(*) FROM henan_$suffix.tongchou_inbox WHERE kind = 'fact'")" -ge 11 ] &&
    kdb_tool read "$KDB" "$INBOX" | grep -q "$departure" && break
  sleep 1
done

echo "== Wuxi's outcomes stream $OUTCOMES: one outcome and receipt per event of $OUTBOX"
kdb_tool read "$KDB" "$OUTCOMES" | cut -c1-220
echo "== Henan's inbox (PostgreSQL): what concerns Henan, no ID numbers or names"
psql -h 127.0.0.1 -U tongchou -d "$DB" -c \
  "SELECT feed_position, kind, fact_type, record_id, region FROM henan_$suffix.tongchou_inbox WHERE kind = 'fact' ORDER BY feed_position"
echo "== Wuxi's inbox stream $INBOX: Henan's departure notice among Wuxi's own facts"
kdb_tool read "$KDB" "$INBOX" | grep "$departure" | cut -c1-200
"${adapter[@]}" status --config "$work/wuxi.properties" || true
"${adapter[@]}" status --config "$work/henan.properties" || true
[ "$(count "SELECT count(*) FROM henan_$suffix.tongchou_inbox WHERE kind = 'fact'")" -ge 11 ]
kdb_tool read "$KDB" "$INBOX" | grep -q "$departure"
echo "== done: both directions synced through one hub"
