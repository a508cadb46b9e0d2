# Shared by the drills: the topology (started here unless one is already up in DIR), the
# workload, recovery timing and the final reconciliation.  Source with the state DIR as $1.
DRILL_DIR=${1:-/tmp/tongchou-drill}
. "$(dirname "${BASH_SOURCE[0]}")/../topology/lib.sh" "$DRILL_DIR"
TOPO=$TOPO_REPO/deploy/topology
ctl() { "$TOPO/ctl.sh" "$TOPO_DIR" "$@"; }
drill_java() { java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dlogback.configurationFile="$TOPO_REPO/deploy/drills/logback.xml" "@$TOPO_DIR/classpath.args" "$TOPO_REPO/deploy/drills/Drill.java" "$@"; }

# Starts the topology unless it is already running; down_if_ours stops it again.
ours=no
ensure_up() {
  if pid_alive "$TOPO_DIR/pids/hub1.pid"; then
    log "using the topology already running in $TOPO_DIR"
  else
    [ -e "$TOPO_DIR/pg" ] && "$TOPO/down.sh" "$TOPO_DIR" --purge >/dev/null
    "$TOPO/up.sh" "$TOPO_DIR"
    ours=yes
  fi
}
down_if_ours() { [ "$ours" = yes ] && [ -z "${KEEP:-}" ] && "$TOPO/down.sh" "$TOPO_DIR" --purge; true; }

# Both regions' systems insert facts for SECONDS at RATE persons per second each (4 facts each).
start_push() { # seconds rate
  # exec: the recorded pid is the JVM itself, so that stop_push and down.sh can end it.
  ( exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dlogback.configurationFile="$TOPO_REPO/deploy/drills/logback.xml" \
      "@$TOPO_DIR/classpath.args" "$TOPO_REPO/deploy/drills/Drill.java" push "$TOPO_DIR" "$1" "$2" ) >"$TOPO_DIR/logs/push.log" 2>&1 &
  echo $! >"$TOPO_DIR/pids/push.pid"
}
wait_push() { while pid_alive "$TOPO_DIR/pids/push.pid"; do sleep 1; done; cat "$TOPO_DIR/logs/push.log"; }
# Ends the pushes now (each person's facts are inserted in one transaction: all or none).
stop_push() { pid_alive "$TOPO_DIR/pids/push.pid" && kill "$(cat "$TOPO_DIR/pids/push.pid")"; rm -f "$TOPO_DIR/pids/push.pid"; log "pushes stopped"; }

# Outbox rows the hub has answered, both regions together.
answered() {
  local total=0 n r
  for r in "${REGIONS[@]}"; do
    n=$(answered_in "${r%%:*}")
    total=$((total + n))
  done
  echo $total
}
# One number from a region's own database: region_sql NAME SQL (0 while it cannot be reached).
region_sql() {
  PGPASSWORD=$(cat "$TOPO_DIR/secrets/regions-db-password") psql -X -h 127.0.0.1 -p "$PG_REGIONS_PORT" \
    -U tongchou -d "region_$1" -tAc "$2" 2>/dev/null || echo 0
}
# One region's outbox rows the hub has answered, its pending rows, its inbox rows.
answered_in() { region_sql "$1" "select count(*) from tongchou_outbox where state <> 'pending'"; }
pending_in() { region_sql "$1" "select count(*) from tongchou_outbox where state = 'pending'"; }
inbox_in() { region_sql "$1" "select count(*) from tongchou_inbox"; }
# Recovery of pushing and following, each timed on its own: seconds from START (date +%s.%N)
# until PUSHED prints at least PUSH_WANT and until FOLLOWED prints at least FEED_WANT, as
# "PUSH FEED" (">LIMIT" for one not reached). Each command gets the remaining arguments.
#   push_and_feed_after START LIMIT PUSH_WANT FEED_WANT PUSHED FOLLOWED [args...]
push_and_feed_after() {
  local start=$1 limit=$2 want_push=$3 want_feed=$4 pushed=$5 followed=$6 t push_at='' feed_at=''
  shift 6
  while [ -z "$push_at" ] || [ -z "$feed_at" ]; do
    t=$(echo "$(date +%s.%N) - $start" | bc)
    [ -z "$push_at" ] && [ "$("$pushed" "$@")" -ge "$want_push" ] && push_at=$(printf '%.1f' "$t")
    [ -z "$feed_at" ] && [ "$("$followed" "$@")" -ge "$want_feed" ] && feed_at=$(printf '%.1f' "$t")
    [ "$(echo "$t > $limit" | bc)" = 1 ] && { push_at=${push_at:->$limit} feed_at=${feed_at:->$limit}; }
    sleep 0.3
  done
  echo "$push_at $feed_at"
}

# Seconds from now until the hub has answered 8 more outbox rows (at most $1 s): the recovery
# time. Rows in flight at the fault can account for a few; 8 is two persons' facts.
recovery() {
  local start now before
  start=$(date +%s.%N); before=$(answered)
  while :; do
    now=$(date +%s.%N)
    [ "$(answered)" -ge $((before + 8)) ] && { printf '%.1f' "$(echo "$now - $start" | bc)"; return; }
    [ "$(echo "$now - $start > $1" | bc)" = 1 ] && { echo ">$1"; return; }
    sleep 0.3
  done
}
hub_ready() { curl -fs "http://127.0.0.1:${HUB_MANAGEMENT_PORTS[$(($1 - 1))]}/actuator/health/readiness" >/dev/null 2>&1; }
reconcile() { drill_java reconcile "$TOPO_DIR" "${1:-180}"; }
