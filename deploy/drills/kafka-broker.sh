#!/usr/bin/env bash
# kafka-broker: one broker is killed (kill -9) and restarted after OUTAGE seconds; then two
# brokers at once (below min.insync.replicas=2: publishing must wait and lose nothing) and
# restarted after OUTAGE seconds. The pushes go on throughout. Ends with the reconciliation.
#   deploy/drills/kafka-broker.sh [DIR]    PUSH_SECONDS=90 RATE=2 OUTAGE=15
set -euo pipefail
. "$(dirname "$0")/common.sh" "${1:-/tmp/tongchou-drill}"
PUSH_SECONDS=${PUSH_SECONDS:-90} RATE=${RATE:-2} OUTAGE=${OUTAGE:-15}
trap 'stop_push >/dev/null 2>&1; down_if_ours' EXIT
ensure_up
start_push "$PUSH_SECONDS" "$RATE"
sleep 10
one=$((RANDOM % 3 + 1))
ctl kill kafka $one
log "kill -9 broker $one; pushes answered after $(recovery 60) s"
sleep "$OUTAGE"
ctl start kafka $one
wait_port "${KAFKA_PORTS[$((one - 1))]}" 60
log "broker $one back"
sleep 10
two=$((one % 3 + 1)) three=$(((one + 1) % 3 + 1))
ctl kill kafka $two
ctl kill kafka $three
log "kill -9 brokers $two and $three (one left, below min.insync.replicas); pushes answered after $(recovery 60) s"
sleep "$OUTAGE"
ctl start kafka $two
ctl start kafka $three
wait_port "${KAFKA_PORTS[$((two - 1))]}" 60
wait_port "${KAFKA_PORTS[$((three - 1))]}" 60
log "brokers $two and $three back"
wait_push
start=$(date +%s)
reconcile 300
log "reconciled $(( $(date +%s) - start )) s after the pushes ended"
