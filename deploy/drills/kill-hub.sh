#!/usr/bin/env bash
# kill-hub: kill -9 of a random hub node at random moments while both regions push and follow;
# each killed node is started again at once. Ends with the reconciliation (exit 1 on any loss,
# duplicate or disorder).
#   deploy/drills/kill-hub.sh [DIR]     KILLS=6 RATE=1 (persons/s per region)
# The pushes go on until the last killed node is ready again, so that every kill meets work.
set -euo pipefail
. "$(dirname "$0")/common.sh" "${1:-/tmp/tongchou-drill}"
KILLS=${KILLS:-6} RATE=${RATE:-1}
trap 'stop_push >/dev/null 2>&1; down_if_ours' EXIT
ensure_up
start_push 3600 "$RATE"
sleep 5
for k in $(seq 1 "$KILLS"); do
  sleep $((RANDOM % 6 + 3))
  node=$((RANDOM % 2 + 1))
  ctl kill hub $node
  log "kill $k/$KILLS: kill -9 hub $node; next answer after $(recovery 120) s"
  ctl start hub $node
done
for i in 1 2; do for _ in $(seq 1 180); do hub_ready $i && break; sleep 1; done; done
stop_push
reconcile 240
