#!/usr/bin/env bash
# network-cut: the link between the region adapters and the hub nodes is cut, silently (packets
# dropped, no reset: what a pulled cable or a dead switch does), and restored, while both regions
# push and follow. First hub 1 alone for CUT_ONE seconds (the adapters still reach hub 2), then
# both hub nodes for CUT seconds. Ends with the reconciliation (exit 1 on any loss or duplicate).
#   deploy/drills/network-cut.sh [DIR]     CUT=60 CUT_ONE=30 RATE=1 (persons/s per region)
# Needs root. The topology is on loopback, so the cut is a traffic-control rule on lo that this
# script makes and removes itself (iproute2's tc, no other tool): an htb root whose default class
# passes everything, and a class ending in a blackhole qdisc that u32 filters send the hub nodes'
# gRPC ports to, both directions. Nothing else on lo is touched. (A network namespace cannot be
# used here: every component listens on 127.0.0.1 only, which no other namespace can reach.)
set -euo pipefail
. "$(dirname "$0")/common.sh" "${1:-/tmp/tongchou-drill}"
CUT=${CUT:-60} CUT_ONE=${CUT_ONE:-30} RATE=${RATE:-1}
[ "$(id -u)" = 0 ] || { echo "network-cut needs root (tc on lo)" >&2; exit 2; }
if tc qdisc show dev lo | grep -q '^qdisc htb 1: root'; then
  echo "lo already has an htb root qdisc (another network-cut running?); not touching it" >&2; exit 2
fi
tc qdisc show dev lo | grep -q '^qdisc noqueue 0: root' \
  || { echo "lo has a root qdisc of its own: $(tc qdisc show dev lo | head -1); not touching it" >&2; exit 2; }

heal() { tc qdisc del dev lo root 2>/dev/null || true; }
# Drops every IPv4 packet to or from the given ports on lo (silently: the blackhole qdisc).
cut() { # port...
  heal
  tc qdisc add dev lo root handle 1: htb default 1
  tc class add dev lo parent 1: classid 1:1 htb rate 100gbit quantum 200000
  tc class add dev lo parent 1: classid 1:2 htb rate 8kbit quantum 1500
  tc qdisc add dev lo parent 1:2 handle 2: blackhole
  local p
  for p in "$@"; do
    tc filter add dev lo parent 1: protocol ip prio 1 u32 match ip dport "$p" 0xffff flowid 1:2
    tc filter add dev lo parent 1: protocol ip prio 1 u32 match ip sport "$p" 0xffff flowid 1:2
  done
}
dropped() { tc -s qdisc show dev lo | awk '/^qdisc blackhole/ {getline; gsub(/,/, "", $7); print $7}'; }
inbox_total() { echo $(( $(inbox_in wuxi) + $(inbox_in henan) )); }
trap 'heal; stop_push >/dev/null 2>&1; down_if_ours' EXIT
ensure_up
for r in "${REGIONS[@]}"; do ctl start adapter "${r%%:*}"; done   # in case an earlier drill left one down
start_push 3600 "$RATE"
sleep 10

# One cut: the given ports for SECONDS, what still moved meanwhile, and the recovery once healed.
cut_phase() { # what seconds port...
  local what=$1 seconds=$2 a0 i0 a1 i1 d healed push_at feed_at; shift 2
  a0=$(answered) i0=$(inbox_total)
  cut "$@"
  log "cut: $what (gRPC $*) from the adapters for $seconds s; answered $a0, inbox rows $i0"
  sleep "$seconds"
  a1=$(answered) i1=$(inbox_total) d=$(dropped)
  heal
  healed=$(date +%s.%N)
  log "healed after $seconds s: during the cut $((a1 - a0)) outbox rows answered, $((i1 - i0)) inbox rows written ($d packets dropped)"
  read -r push_at feed_at <<<"$(push_and_feed_after "$healed" 300 $((a1 + 8)) $((i1 + 8)) answered inbox_total)"
  log "  after healing: 8 more rows answered after $push_at s, 8 more inbox rows after $feed_at s"
  sleep 10
}
cut_phase "hub 1" "$CUT_ONE" "${HUB_GRPC_PORTS[0]}"
cut_phase "both hub nodes" "$CUT" "${HUB_GRPC_PORTS[@]}"
stop_push
reconcile 300
