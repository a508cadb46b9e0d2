# Shared by up.sh, down.sh, failover.sh and the drills: where everything lives and listens.
# Source it with the state directory as $1 (default /tmp/tongchou-topology).
# Every address is on loopback; every port is below 32768, at TOPO_PORT_BASE + a fixed offset.
TOPO_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TOPO_DIR=$(mkdir -p "${1:-/tmp/tongchou-topology}" && cd "${1:-/tmp/tongchou-topology}" && pwd)
B=${TOPO_PORT_BASE:-25400}
PG_PRIMARY_PORT=$((B + 1))   # PostgreSQL node "a" (primary at start)
PG_STANDBY_PORT=$((B + 2))   # PostgreSQL node "b" (synchronous standby at start)
PG_REGIONS_PORT=$((B + 3))   # the regions' own PostgreSQL (outboxes and inboxes), not replicated
KAFKA_PORTS=($((B + 11)) $((B + 12)) $((B + 13)))
KAFKA_CONTROLLER_PORTS=($((B + 21)) $((B + 22)) $((B + 23)))
HUB_GRPC_PORTS=($((B + 31)) $((B + 32)))
HUB_HTTP_PORTS=($((B + 41)) $((B + 42)))
HUB_MANAGEMENT_PORTS=($((B + 43)) $((B + 44)))   # actuator, on loopback only (readiness, metrics)
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
HUB_JAR=$TOPO_REPO/hub/target/hub-exec.jar
ADAPTER_JAR=$TOPO_REPO/region-adapter/target/region-adapter.jar
KAFKA_BOOTSTRAP=127.0.0.1:${KAFKA_PORTS[0]},127.0.0.1:${KAFKA_PORTS[1]},127.0.0.1:${KAFKA_PORTS[2]}
HUB_LIST=127.0.0.1:${HUB_GRPC_PORTS[0]},127.0.0.1:${HUB_GRPC_PORTS[1]}
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PRIMARY_PORT,127.0.0.1:$PG_STANDBY_PORT/tongchou?targetServerType=primary&connectTimeout=3&socketTimeout=30"
REGIONS=(wuxi:320200 henan:410000)

# PostgreSQL refuses to run as root: its files belong to the user "postgres" when we are root.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_node_dir() { echo "$TOPO_DIR/pg/$1"; }            # a | b | regions
pg_node_port() { cat "$TOPO_DIR/pg/$1/PORT"; }
# psql as the superuser on a node: psql_on PORT [psql args...]
psql_on() {
  local port=$1; shift
  PGPASSFILE=$TOPO_DIR/secrets/pgpass psql -X -q -h 127.0.0.1 -p "$port" -U postgres "$@"
}
# The node that is primary now (a or b), or nothing.
pg_primary() {
  local n
  for n in a b; do
    [ -f "$TOPO_DIR/pg/$n/PORT" ] || continue
    [ "$(psql_on "$(pg_node_port $n)" -d postgres -tAc 'select pg_is_in_recovery()' 2>/dev/null)" = f ] \
      && { echo $n; return; }
  done
}
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
wait_port() { # port seconds
  local i
  for i in $(seq 1 "$2"); do (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 1; done
  return 1
}
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
