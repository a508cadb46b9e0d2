#!/usr/bin/env bash
# db-failover: the primary is stopped (immediate: no checkpoint, connections cut) in mid-push, the
# synchronous standby is promoted (topology/failover.sh), and the hub nodes carry on against it
# without a restart. Ends with the reconciliation.
#   deploy/drills/db-failover.sh [DIR]     PUSH_SECONDS=60 RATE=2 FAULT_AFTER=20
set -euo pipefail
. "$(dirname "$0")/common.sh" "${1:-/tmp/tongchou-drill}"
PUSH_SECONDS=${PUSH_SECONDS:-60} RATE=${RATE:-2} FAULT_AFTER=${FAULT_AFTER:-20}
trap 'stop_push >/dev/null 2>&1; down_if_ours' EXIT
ensure_up
start_push "$PUSH_SECONDS" "$RATE"
sleep "$FAULT_AFTER"
old=$(pg_primary)
log "answered so far: $(answered); stopping primary node $old (immediate)"
ctl kill pg "$old"
new=$("$TOPO/failover.sh" "$TOPO_DIR")
log "promoted node $new; next answer after $(recovery 180) s"
wait_push
reconcile 240
log "the hubs were not restarted: $(for i in 1 2; do pid_alive "$TOPO_DIR/pids/hub$i.pid" && echo -n "hub$i up "; done)"
