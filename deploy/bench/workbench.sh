#!/usr/bin/env bash
# The workbench's page speed of BENCHMARKS.md (issue #14: each page ≤ 300 ms at p95 with the bench
# history loaded), end to end, on this machine's PostgreSQL:
#   1. a fresh database tongchou_bench_workbench and a hub on it (-Xmx1g, postgres profile);
#   2. the bench history: tongchou-workload bench pushes FACTS facts for PERSONS persons into Wuxi's
#      320211 (as replay.sh: 100,000 facts for 25,000 persons make about 172,000 events), and the
#      read models are left to catch up;
#   3. Jiangsu's office (320000) signs in to the workbench with its token (curl, CSRF token and
#      session cookie as a browser has them) and requests each page WARMUP times uncounted, then
#      RUNS times one after another; each request's total time (curl's time_total: connect to last
#      byte, the whole server-rendered page) is kept, and p50, p95 and max are reported per page.
#      A request gives up after MAX_TIME seconds (status 000) and a page stops after BUDGET seconds
#      (warm-up included): the table says how many runs it got. PERIOD is the current quarter by
#      default, the period every page opens with.
# ONLY=REGEX measures only the pages whose names match (e.g. ONLY='^flows').
# KEEP=1 keeps the database and its history from a previous run (skips steps 1's drop and 2).
# Needs the jars (mvn -DskipTests install) and PostgreSQL as test.sh prepares it.
set -euo pipefail
cd "$(dirname "$0")/../.."
FACTS=${FACTS:-100000}
PERSONS=${PERSONS:-25000}
RUNS=${RUNS:-100}
WARMUP=${WARMUP:-10}
PERIOD=${PERIOD:-$(date -u +%Y)-Q$((($(date -u +%-m) + 2) / 3))}
MAX_TIME=${MAX_TIME:-60}
BUDGET=${BUDGET:-240}
ONLY=${ONLY:-.}
KEEP=${KEEP:-0}
DB=tongchou_bench_workbench
URL=jdbc:postgresql://127.0.0.1:5432/$DB
HTTP=28082
GRPC=29092
BASE=http://127.0.0.1:$HTTP
WORK=$(mktemp -d /tmp/tongchou-bench-workbench.XXXXXX)
export PGPASSWORD=tongchou
# A copy of the jar: a build while the bench runs (mvn verify repackages it) must not pull it from
# under the running hub.
cp hub/target/hub-exec.jar deploy/bench/workload/target/tongchou-workload.jar "$WORK/"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
sql() { psql -h 127.0.0.1 -U tongchou -d "$DB" -tAc "$1"; }
if [ "$KEEP" != 1 ] || ! sql "select 1" >/dev/null 2>&1; then
  KEEP=0
  as_postgres dropdb --if-exists "$DB"
  as_postgres createdb -O tongchou "$DB"
fi

hub() {
  TONGCHOU_DB_URL=$URL TONGCHOU_PRODUCTION=false TONGCHOU_PERSON_KEY_SECRET=bench-secret-0123456789 \
    java -Xmx1g -Daxoniq.update-checker.disabled=true -jar "$WORK/hub-exec.jar" --spring.profiles.active=postgres "$@"
}
# Started directly (not through the function), so that $! is the JVM itself and the trap stops it.
TONGCHOU_DB_URL=$URL TONGCHOU_PRODUCTION=false TONGCHOU_PERSON_KEY_SECRET=bench-secret-0123456789 TONGCHOU_TOKENS_ENABLED=true \
  java -Xmx1g -Daxoniq.update-checker.disabled=true -jar "$WORK/hub-exec.jar" --spring.profiles.active=postgres \
  --tongchou.grpc.address=127.0.0.1 --tongchou.grpc.port=$GRPC --server.address=127.0.0.1 --server.port=$HTTP \
  --tongchou.access.quota.new-persons-per-day=100000000 >"$WORK/hub.log" 2>&1 &
hub_pid=$!
trap 'kill $hub_pid 2>/dev/null || true' EXIT
trap 'exit 143' INT TERM
for _ in $(seq 1 120); do (exec 3<>/dev/tcp/127.0.0.1/$HTTP) 2>/dev/null && break; sleep 1; done
hub credentials issue --office 320000 --label bench-jiangsu-office | tail -n 1 > "$WORK/office.token"

if [ "$KEEP" != 1 ]; then
  hub credentials issue --region 320200 --label bench-wuxi | tail -n 1 > "$WORK/region.token"
  echo "## history: $FACTS facts for $PERSONS persons"
  java -jar "$WORK/tongchou-workload.jar" bench --hub 127.0.0.1:$GRPC \
    --token-file "$WORK/region.token" --region 320211 --facts "$FACTS" --persons "$PERSONS" | tail -1
fi
# Let the wake-ups already due run and the read models catch up with the store, so that nothing
# else runs during the measurement. (A count of obligation_view that stood still for 3 s was not
# enough: once it stopped at 121,896 of 401,097 rows and the pages were measured on a third.)
for _ in $(seq 1 1200); do
  head=$(sql "SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry") || true
  at=$(sql "SELECT COALESCE(MAX(substring(convert_from(token, 'UTF8') from '\"index\":([0-9]+)')::bigint), 0)
            FROM token_entry WHERE processor_name = 'read-models'") || true
  due=$(sql "SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= now()") || true
  [ -n "$head" ] && [ "$head" = "$at" ] && [ "$due" = 0 ] && break
  sleep 3
done
# Fresh planner statistics, as autovacuum keeps them on a production server: this machine's
# cluster runs with autovacuum off (a CI setting), and without them the planner guessed 7 rows for
# a period's 53,000 obligations and sorted them on disk.
sql "ANALYZE" >/dev/null
sql "SELECT 'events: ' || COUNT(*) FROM domain_event_entry"
sql "SELECT 'obligations: ' || COUNT(*) FROM obligation_view"

# Sign in as a browser does: the form's CSRF token and the session cookie, then the token once.
jar="$WORK/cookies"
csrf=$(curl -sf -c "$jar" "$BASE/workbench/sign-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "token=$(cat "$WORK/office.token")" \
  --data-urlencode "_csrf=$csrf" "$BASE/workbench/sign-in"
curl -sf -b "$jar" -o /dev/null "$BASE/workbench/policies" || { echo "sign-in failed; see $WORK/hub.log" >&2; exit 1; }

# One obligation of Wuxi's and the indicator with the most obligations, for the drill-down pages.
obligation=$(sql "SELECT obligation_id FROM obligation_view WHERE responsible = '320211' ORDER BY obligation_id LIMIT 1")
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

# The pages that list every duty of the period (worklist, overview's counts) and the twelve
# scorecards of the trend come last: a request given up on still runs to its end in the hub.
pages=(
  "flows /workbench/flows?region=320000&period=$PERIOD"
  "flows-county /workbench/flows?region=320200&period=$PERIOD&level=county"
  "scorecard /workbench/scorecard?region=320200&period=$PERIOD&side=INFLOW"
  "obligations /workbench/obligations?region=320200&period=$PERIOD&side=INFLOW&indicator=verification-requests"
  "obligation /workbench/obligation?id=$(enc "$obligation")"
  "conflicts /workbench/conflicts?region=320000"
  "links /workbench/links"
  "policies /workbench/policies"
  "published /workbench/published?region=320000"
  "trend /workbench/trend?region=320000&period=$PERIOD"
  "worklist /workbench/worklist?region=320000&period=$PERIOD"
  "overview /workbench/?region=320000&period=$PERIOD"
)
echo "## pages, period $PERIOD: $WARMUP warm-up requests each (not counted), then $RUNS (at most ${BUDGET}s a page, ${MAX_TIME}s a request)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| page | status × runs | bytes | p50 ms | p95 ms | max ms |\n|---|---|---:|---:|---:|---:|\n'
for entry in "${pages[@]}"; do
  name=${entry%% *}
  path=${entry#* }
  [[ $name =~ $ONLY ]] || continue
  start=$SECONDS
  for _ in $(seq 1 "$WARMUP"); do
    curl -s -m "$MAX_TIME" -b "$jar" -o /dev/null "$BASE$path" || true
    [ $((SECONDS - start)) -lt "$BUDGET" ] || break
  done
  : > "$WORK/$name.times"
  for _ in $(seq 1 "$RUNS"); do
    [ $((SECONDS - start)) -lt "$BUDGET" ] || break
    curl -s -m "$MAX_TIME" -b "$jar" -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n' \
      "$BASE$path" >> "$WORK/$name.times" || true
  done
  [ -s "$WORK/$name.times" ] || { echo "| $name | over budget in warm-up | | | | |"; continue; }
  sort -k3 -g "$WORK/$name.times" | awk -v page="$name" '
    { status[$1]++; bytes = $2; t[NR] = $3 * 1000 }
    END {
      n = NR; p50 = t[int((n + 1) / 2)]; i95 = int(n * 0.95 + 0.999); if (i95 < 1) i95 = 1
      codes = ""; for (c in status) codes = codes c "×" status[c] " "
      printf "| %s | %s| %d | %.0f | %.0f | %.0f |\n", page, codes, bytes, p50, t[i95], t[n]
    }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(request times in $WORK/*.times; hub log $WORK/hub.log)"
