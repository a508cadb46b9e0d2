#!/usr/bin/env bash
# db-restart: the primary is stopped (immediate) in mid-push and started again after OUTAGE
# seconds; the standby stays a standby. Ends with the reconciliation.
#   deploy/drills/db-restart.sh [DIR]      PUSH_SECONDS=60 RATE=2 FAULT_AFTER=20 OUTAGE=5
set -euo pipefail
. "$(dirname "$0")/common.sh" "${1:-/tmp/tongchou-drill}"
PUSH_SECONDS=${PUSH_SECONDS:-60} RATE=${RATE:-2} FAULT_AFTER=${FAULT_AFTER:-20} OUTAGE=${OUTAGE:-5}
trap 'stop_push >/dev/null 2>&1; down_if_ours' EXIT
ensure_up
start_push "$PUSH_SECONDS" "$RATE"
sleep "$FAULT_AFTER"
node=$(pg_primary)
log "answered so far: $(answered); stopping primary node $node (immediate) for $OUTAGE s"
ctl kill pg "$node"
sleep "$OUTAGE"
ctl start pg "$node"
log "node $node started again; next answer after $(recovery 180) s"
wait_push
reconcile 240
