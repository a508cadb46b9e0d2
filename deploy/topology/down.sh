#!/usr/bin/env bash
# Stops everything up.sh started under DIR (adapters, hubs, Kafka, PostgreSQL), by the process ids
# it recorded; with --purge also deletes DIR.   deploy/topology/down.sh [DIR] [--purge]
set -uo pipefail
dir=${1:-/tmp/tongchou-topology}
[ "$dir" = --purge ] && dir=/tmp/tongchou-topology
[ -d "$dir" ] || { echo "nothing at $dir"; exit 0; }
. "$(dirname "$0")/lib.sh" "$dir"
ctl() { "$TOPO_REPO/deploy/topology/ctl.sh" "$TOPO_DIR" "$@"; }
for r in "${REGIONS[@]}"; do ctl stop adapter "${r%%:*}"; done
for i in 1 2; do ctl stop hub $i; done
for i in 1 2 3; do ctl stop kafka $i; done
for n in a b regions; do [ -d "$(pg_node_dir $n)" ] && ctl stop pg $n; done
# Anything else recorded (a drill's own workers).
for f in "$TOPO_DIR"/pids/*.pid; do
  [ -f "$f" ] && { kill -9 "$(cat "$f")" 2>/dev/null; rm -f "$f"; }
done
log "stopped everything under $TOPO_DIR"
for a in "$@"; do
  if [ "$a" = --purge ]; then rm -rf "$TOPO_DIR"; log "deleted $TOPO_DIR"; fi
done
