#!/usr/bin/env bash
# clock: hub 2 is started on a clock SKEW off the machine's (and the database's), first ahead,
# then behind, while both regions push and follow through hub 1. The node must refuse to start
# and say why (the hub compares its clock with PostgreSQL's at start, tongchou.clock.max-skew,
# default 5 s); it is then started on the right clock. Ends with the reconciliation.
#   deploy/drills/clock.sh [DIR]     SKEW=10m RATE=1 (persons/s per region)
# Needs libfaketime (Debian: apt-get install faketime): its LD_PRELOAD library shifts the clock
# of one process only. The machine's clock is never touched. The library is preloaded through
# env, which execs the JVM: the `faketime` command would fork it, and the recorded pid would be
# faketime's, so that kill -9 left the hub running (it did, once).
set -euo pipefail
. "$(dirname "$0")/common.sh" "${1:-/tmp/tongchou-drill}"
SKEW=${SKEW:-10m} RATE=${RATE:-1}
FAKETIME_LIB=${FAKETIME_LIB:-$(ls /usr/lib/*/faketime/libfaketimeMT.so.1 2>/dev/null | head -1)}
[ -f "$FAKETIME_LIB" ] || { echo "clock needs libfaketime: apt-get install faketime (or FAKETIME_LIB=path)" >&2; exit 2; }
trap 'stop_push >/dev/null 2>&1; down_if_ours' EXIT
ensure_up
for r in "${REGIONS[@]}"; do ctl start adapter "${r%%:*}"; done   # in case an earlier drill left one down
start_push 3600 "$RATE"
sleep 5
export FAKETIME_DONT_FAKE_MONOTONIC=1   # the JVM times its waits by the monotonic clock: leave it
failed=0
for sign in + -; do
  ctl stop hub 2
  said=$(grep -c 'Refusing to start' "$TOPO_DIR/logs/hub2.log" || true)
  CTL_WRAP="env LD_PRELOAD=$FAKETIME_LIB FAKETIME=$sign$SKEW" ctl start hub 2
  log "hub 2 started on a clock $sign$SKEW off (its time: $(LD_PRELOAD=$FAKETIME_LIB FAKETIME=$sign$SKEW date -u +%H:%M:%S))"
  # It must end by itself, saying why, and never become ready.
  for _ in $(seq 1 180); do
    pid_alive "$TOPO_DIR/pids/hub2.pid" || break
    if hub_ready 2; then
      log "FAILED: hub 2 became ready on a clock $sign$SKEW off"; failed=1; break
    fi
    sleep 1
  done
  if pid_alive "$TOPO_DIR/pids/hub2.pid" && ! hub_ready 2; then
    log "FAILED: hub 2 neither refused nor became ready within 180 s"; failed=1
  fi
  if [ "$(grep -c 'Refusing to start' "$TOPO_DIR/logs/hub2.log" || true)" -gt "$said" ]; then
    log "hub 2 ended by itself: $(grep -h 'Refusing to start' "$TOPO_DIR/logs/hub2.log" | tail -1 | sed 's/.*Refusing to start: /Refusing to start: /')"
  else
    log "FAILED: hub 2 gave no reason (logs/hub2.log)"; failed=1
  fi
done
ctl stop hub 2
ctl start hub 2
started=$(date +%s.%N)
for _ in $(seq 1 180); do hub_ready 2 && break; sleep 1; done
log "hub 2 on the right clock: ready after $(printf '%.1f' "$(echo "$(date +%s.%N) - $started" | bc)") s"
sleep 10
stop_push
reconcile 240 || failed=1
exit $failed
