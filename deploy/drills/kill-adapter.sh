#!/usr/bin/env bash
# kill-adapter: kill -9 of a random region adapter daemon (`region-adapter run`) at random moments
# while both regions push and follow, so that kills land while a page of facts is on its way to
# the hub and while feed items are being written to the inbox; the daemon is started again after
# 0-DOWN_MAX seconds, as systemd's Restart= would. Ends with the reconciliation: every outbox row
# answered once with the store's receipt, every inbox holding each fact once (exit 1 otherwise).
#   deploy/drills/kill-adapter.sh [DIR]     KILLS=8 RATE=2 (persons/s per region) DOWN_MAX=3
# The log line of each kill gives what the region had in flight: outbox rows still pending and
# inbox rows so far; the reconciliation counts rows answered "duplicate" (pushed again after a
# kill that came between the hub's receipt and the adapter writing it down).
set -euo pipefail
. "$(dirname "$0")/common.sh" "${1:-/tmp/tongchou-drill}"
KILLS=${KILLS:-8} RATE=${RATE:-2} DOWN_MAX=${DOWN_MAX:-3}
trap 'stop_push >/dev/null 2>&1; down_if_ours' EXIT
ensure_up
for r in "${REGIONS[@]}"; do ctl start adapter "${r%%:*}"; done   # in case an earlier drill left one down
start_push 3600 "$RATE"
sleep 5
for k in $(seq 1 "$KILLS"); do
  sleep $((RANDOM % 5 + 2))
  r=${REGIONS[$((RANDOM % ${#REGIONS[@]}))]} name=${r%%:*}
  ctl kill adapter "$name"
  # Counted once the daemon is dead, so that nothing it wrote after the count is taken for recovery.
  pending=$(pending_in "$name") inbox=$(inbox_in "$name") answered=$(answered_in "$name")
  down=$((RANDOM % (DOWN_MAX + 1)))
  log "kill $k/$KILLS: kill -9 adapter $name (pending $pending, answered $answered, inbox $inbox); down $down s"
  sleep "$down"
  started=$(date +%s.%N)
  ctl start adapter "$name"
  # Recovery, from the restart: the push has answered one more person's facts than at the kill,
  # and the feed has written one more person's facts into the inbox. Both include the JVM's start.
  read -r push_at feed_at <<<"$(push_and_feed_after "$started" 120 $((answered + 4)) $((inbox + 4)) answered_in inbox_in "$name")"
  log "  adapter $name restarted: pushing again after $push_at s, inbox growing after $feed_at s"
done
stop_push
reconcile 240
