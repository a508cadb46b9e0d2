#!/usr/bin/env bash
# Promotes the standby to primary (pg_ctl promote) and lets it commit alone: with its former
# primary gone there is no synchronous standby to wait for, so synchronous_standby_names is
# cleared on it. The hubs' multi-host URL (targetServerType=primary) finds it on their next
# connection. Until a new standby is attached (pg_basebackup from the new primary, as up.sh
# does), a commit lives on one node only: re-attach one before the next failover.
#   deploy/topology/failover.sh [DIR]        prints the promoted node (a or b)
set -euo pipefail
. "$(dirname "$0")/lib.sh" "${1:-}"
primary=$(pg_primary || true)
target=
for n in a b; do
  [ "$n" != "$primary" ] && [ -f "$(pg_node_dir $n)/standby.signal" ] && target=$n
done
[ -n "$target" ] || { echo "no standby to promote" >&2; exit 1; }
if [ -n "$primary" ]; then
  echo "warning: node $primary is still primary; stop it first (ctl.sh DIR kill pg $primary)" >&2
fi
as_pg "$PG_BIN/pg_ctl" -D "$(pg_node_dir "$target")" -w -t 60 promote >/dev/null
psql_on "$(pg_node_port "$target")" -d postgres -c "ALTER SYSTEM SET synchronous_standby_names = ''" \
  -c "SELECT pg_reload_conf()" >/dev/null
echo "$target"
