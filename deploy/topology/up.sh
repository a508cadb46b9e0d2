#!/usr/bin/env bash
# Starts the whole topology on this machine, loopback only, every file under one directory:
#   deploy/topology/up.sh [DIR]        (default /tmp/tongchou-topology; TOPO_PORT_BASE=25400)
# - PostgreSQL node a (primary) and node b (streaming standby, synchronous: a commit returns only
#   once b has it), and a third, unreplicated server standing for the regions' own databases;
# - Kafka: three KRaft nodes (broker + controller each) from the jars Maven resolved for the hub;
#   the hub creates its topics with replication factor 3, the brokers require min.insync.replicas=2;
# - two hub nodes on the shared store (multi-host JDBC URL, targetServerType=primary);
# - two region adapters (Wuxi 320200, Henan 410000), each spreading its calls over both hub nodes
#   with gRPC round_robin, identified by certificates of the hub's CA.
# Needs the jars: mvn -o -q -pl hub,region-adapter -am package -DskipTests. Stop with down.sh DIR.
set -euo pipefail
. "$(dirname "$0")/lib.sh" "${1:-}"
ctl() { "$TOPO_REPO/deploy/topology/ctl.sh" "$TOPO_DIR" "$@"; }
[ -f "$HUB_JAR" ] && [ -f "$ADAPTER_JAR" ] || {
  echo "build first: mvn -o -q -pl hub,region-adapter -am package -DskipTests" >&2; exit 1; }
[ -e "$TOPO_DIR/pg" ] && { echo "$TOPO_DIR is in use: down.sh $TOPO_DIR --purge first" >&2; exit 1; }
mkdir -p "$TOPO_DIR"/{secrets/hub,env,logs,pids,kafka,adapter,pg}
chmod 700 "$TOPO_DIR/secrets"
started=no
trap '[ $started = yes ] || { echo "up.sh failed; stopping what started" >&2; "$TOPO_REPO/deploy/topology/down.sh" "$TOPO_DIR"; }' EXIT

log "secrets (files, owner-readable only)"
secret() { (umask 077; printf '%s' "$2" >"$1"); }
secret "$TOPO_DIR/secrets/pg-superuser" "$(openssl rand -hex 16)"
secret "$TOPO_DIR/secrets/pg-replicator" "$(openssl rand -hex 16)"
secret "$TOPO_DIR/secrets/hub/TONGCHOU_DB_PASSWORD" "$(openssl rand -hex 16)"
secret "$TOPO_DIR/secrets/regions-db-password" "$(openssl rand -hex 16)"
secret "$TOPO_DIR/secrets/hub/TONGCHOU_PERSON_KEY_SECRET" "$(openssl rand -base64 32)"
secret "$TOPO_DIR/secrets/hub/tongchou.person-index.secret" "$(openssl rand -base64 32)"
secret "$TOPO_DIR/secrets/hub/TONGCHOU_PERSON_DATA_MASTER_KEY" "$(openssl rand -base64 32)"
{
  for p in $PG_PRIMARY_PORT $PG_STANDBY_PORT $PG_REGIONS_PORT; do
    echo "127.0.0.1:$p:*:postgres:$(cat "$TOPO_DIR/secrets/pg-superuser")"
  done
  for p in $PG_PRIMARY_PORT $PG_STANDBY_PORT; do
    echo "127.0.0.1:$p:*:replicator:$(cat "$TOPO_DIR/secrets/pg-replicator")"
  done
} >"$TOPO_DIR/secrets/pgpass"
chmod 600 "$TOPO_DIR/secrets/pgpass"

log "PostgreSQL: node a (primary) on $PG_PRIMARY_PORT, regions' server on $PG_REGIONS_PORT"
pg_conf() { # dir port
  cat >>"$1/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $2
unix_socket_directories = '$TOPO_DIR/pg'
max_connections = 80
shared_buffers = 64MB
wal_level = replica
max_wal_senders = 5
wal_keep_size = 256MB
hot_standby = on
synchronous_commit = on
CONF
  echo "$2" >"$1/PORT"
}
if [ "$(id -u)" = 0 ]; then chown postgres "$TOPO_DIR/pg"; fi
cp "$TOPO_DIR/secrets/pgpass" "$TOPO_DIR/pg/.pgpass"
if [ "$(id -u)" = 0 ]; then chown postgres "$TOPO_DIR/pg/.pgpass"; fi
for n in a regions; do
  as_pg cp "$TOPO_DIR/secrets/pg-superuser" "$TOPO_DIR/pg/.pw" 2>/dev/null \
    || { cp "$TOPO_DIR/secrets/pg-superuser" "$TOPO_DIR/pg/.pw"; chown postgres "$TOPO_DIR/pg/.pw"; }
  as_pg "$PG_BIN/initdb" -D "$(pg_node_dir $n)" -U postgres --auth=scram-sha-256 \
    --pwfile="$TOPO_DIR/pg/.pw" -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$TOPO_DIR/pg/.pw"
done
pg_conf "$(pg_node_dir a)" "$PG_PRIMARY_PORT"
pg_conf "$(pg_node_dir regions)" "$PG_REGIONS_PORT"
echo "host replication replicator 127.0.0.1/32 scram-sha-256" >>"$(pg_node_dir a)/pg_hba.conf"
ctl start pg a
ctl start pg regions
psql_on "$PG_PRIMARY_PORT" -d postgres -v ON_ERROR_STOP=1 <<SQL
CREATE ROLE replicator REPLICATION LOGIN PASSWORD '$(cat "$TOPO_DIR/secrets/pg-replicator")';
CREATE ROLE tongchou LOGIN PASSWORD '$(cat "$TOPO_DIR/secrets/hub/TONGCHOU_DB_PASSWORD")';
CREATE DATABASE tongchou OWNER tongchou;
SQL
psql_on "$PG_REGIONS_PORT" -d postgres -v ON_ERROR_STOP=1 <<SQL
CREATE ROLE tongchou LOGIN PASSWORD '$(cat "$TOPO_DIR/secrets/regions-db-password")';
CREATE DATABASE region_wuxi OWNER tongchou;
CREATE DATABASE region_henan OWNER tongchou;
SQL

log "PostgreSQL: node b (standby of a) on $PG_STANDBY_PORT"
as_pg env PGPASSFILE="$TOPO_DIR/pg/.pgpass" "$PG_BIN/pg_basebackup" -D "$(pg_node_dir b)" -R -X stream -c fast \
  -d "host=127.0.0.1 port=$PG_PRIMARY_PORT user=replicator application_name=node_b passfile=$TOPO_DIR/pg/.pgpass"
sed -i "s/^port = .*/port = $PG_STANDBY_PORT/" "$(pg_node_dir b)/postgresql.conf"
echo "$PG_STANDBY_PORT" >"$(pg_node_dir b)/PORT"
ctl start pg b
# Synchronous from now on (issue 16): no commit returns before the standby has written it, so an
# acknowledged fact survives a failover. Set only now: before a standby exists, every commit waits.
psql_on "$PG_PRIMARY_PORT" -d postgres -c "ALTER SYSTEM SET synchronous_standby_names = 'node_b'" \
  -c "SELECT pg_reload_conf()" >/dev/null
for _ in $(seq 1 30); do
  [ "$(psql_on "$PG_PRIMARY_PORT" -d postgres -tAc "select sync_state from pg_stat_replication where application_name='node_b'")" = sync ] && break
  sleep 1
done
log "replication: node_b is $(psql_on "$PG_PRIMARY_PORT" -d postgres -tAc "select sync_state from pg_stat_replication where application_name='node_b'")"

log "Kafka: three KRaft nodes on ${KAFKA_PORTS[*]}"
[ -f "$TOPO_DIR/classpath.args" ] || {
  # The hub's test class path holds the Kafka server jars (and kafka-clients and the PostgreSQL
  # driver, for the drills). compile: so that the reactor's own modules resolve to their classes.
  ( cd "$TOPO_REPO" && mvn -B -o -q -pl hub -am compile dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile="$TOPO_DIR/classpath.txt" -Dspotless.check.skip=true )
  printf -- '-cp %s\n' "$(cat "$TOPO_DIR/classpath.txt")" >"$TOPO_DIR/classpath.args"
}
cluster_id=$(java "@$TOPO_DIR/classpath.args" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
voters=1@127.0.0.1:${KAFKA_CONTROLLER_PORTS[0]},2@127.0.0.1:${KAFKA_CONTROLLER_PORTS[1]},3@127.0.0.1:${KAFKA_CONTROLLER_PORTS[2]}
for i in 1 2 3; do
  d=$TOPO_DIR/kafka/kafka$i
  mkdir -p "$d/data"
  cat >"$d/server.properties" <<PROPS
process.roles=broker,controller
node.id=$i
controller.quorum.voters=$voters
listeners=PLAINTEXT://127.0.0.1:${KAFKA_PORTS[$((i-1))]},CONTROLLER://127.0.0.1:${KAFKA_CONTROLLER_PORTS[$((i-1))]}
advertised.listeners=PLAINTEXT://127.0.0.1:${KAFKA_PORTS[$((i-1))]}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$d/data
auto.create.topics.enable=false
default.replication.factor=3
min.insync.replicas=2
offsets.topic.replication.factor=3
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
transaction.state.log.num.partitions=3
group.initial.rebalance.delay.ms=0
unclean.leader.election.enable=false
PROPS
  echo "KAFKA_NODE=$i" >"$TOPO_DIR/env/kafka$i.env"
  java "@$TOPO_DIR/classpath.args" kafka.tools.StorageTool format -t "$cluster_id" \
    -c "$d/server.properties" >/dev/null
done
for i in 1 2 3; do ctl start kafka $i; done
for p in "${KAFKA_PORTS[@]}"; do wait_port "$p" 90 || { echo "Kafka on $p did not start" >&2; exit 1; }; done

log "the hub's CA and the regions' certificates"
java -jar "$HUB_JAR" ca init --dir "$TOPO_DIR/ca" >/dev/null
for r in "${REGIONS[@]}"; do
  java -jar "$HUB_JAR" ca issue --dir "$TOPO_DIR/ca" --region "${r#*:}" --generate "$TOPO_DIR/adapter/${r%%:*}" >/dev/null
done

log "hub nodes on gRPC ${HUB_GRPC_PORTS[*]}, HTTP ${HUB_HTTP_PORTS[*]}, actuator ${HUB_MANAGEMENT_PORTS[*]}"
for i in 1 2; do
  mkdir -p "$TOPO_DIR/hub$i"
  cat >"$TOPO_DIR/env/hub$i.env" <<ENV
# Quoted: the URL holds &, which a shell sourcing this file would take as a command separator.
TONGCHOU_DB_URL='$DB_URL'
TONGCHOU_DB_USER=tongchou
TONGCHOU_DB_POOL=8
TONGCHOU_GRPC_ADDRESS=127.0.0.1
TONGCHOU_GRPC_PORT=${HUB_GRPC_PORTS[$((i-1))]}
TONGCHOU_HTTP_PORT=${HUB_HTTP_PORTS[$((i-1))]}
TONGCHOU_MANAGEMENT_PORT=${HUB_MANAGEMENT_PORTS[$((i-1))]}
SERVER_ADDRESS=127.0.0.1
TONGCHOU_DATA_DIR=$TOPO_DIR/hub$i
TONGCHOU_SIGNING_KEY_DIR=$TOPO_DIR/secrets/signing
TONGCHOU_GRPC_TLS_CA_DIR=$TOPO_DIR/ca
TONGCHOU_KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP
TONGCHOU_KAFKA_REPLICATION_FACTOR=3
TONGCHOU_KAFKA_PARTITIONS=6
TONGCHOU_DEADLINE_POLL=10s
ENV
done
# One at a time: the first runs the schema migrations and makes the signing key the second reads.
for i in 1 2; do
  ctl start hub $i
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:${HUB_MANAGEMENT_PORTS[$((i-1))]}/actuator/health/readiness" >/dev/null 2>&1 && break
    pid_alive "$TOPO_DIR/pids/hub$i.pid" || { echo "hub $i died: $TOPO_DIR/logs/hub$i.log" >&2; exit 1; }
    sleep 1
  done
  curl -fs "http://127.0.0.1:${HUB_MANAGEMENT_PORTS[$((i-1))]}/actuator/health/readiness" >/dev/null \
    || { echo "hub $i not ready: $TOPO_DIR/logs/hub$i.log" >&2; exit 1; }
  log "hub $i ready"
done

log "region adapters (daemons), each over both hub nodes"
for r in "${REGIONS[@]}"; do
  name=${r%%:*} code=${r#*:}
  cat >"$TOPO_DIR/adapter/$name.properties" <<PROPS
hub = $HUB_LIST
tls.ca = $TOPO_DIR/ca/ca.crt
tls.cert = $TOPO_DIR/adapter/$name.crt
tls.key = $TOPO_DIR/adapter/$name.key
region = $code
local-db.url = jdbc:postgresql://127.0.0.1:$PG_REGIONS_PORT/region_$name
local-db.user = tongchou
push.poll-interval = 200ms
feed.checkpoint-interval = 500ms
reconnect.max-backoff = 2s
PROPS
  # The password from its file, as the unit does (TONGCHOU_LOCAL_DB_PASSWORD wins over the file).
  echo "TONGCHOU_LOCAL_DB_PASSWORD=$(cat "$TOPO_DIR/secrets/regions-db-password")" >"$TOPO_DIR/secrets/adapter-$name.env"
  chmod 600 "$TOPO_DIR/secrets/adapter-$name.env"
  ln -sf "$TOPO_DIR/secrets/adapter-$name.env" "$TOPO_DIR/env/adapter-$name.env"
  ( set -a; . "$TOPO_DIR/env/adapter-$name.env"; set +a
    java -jar "$ADAPTER_JAR" init-db --config "$TOPO_DIR/adapter/$name.properties" >/dev/null )
  ctl start adapter "$name"
done
started=yes
log "up: state in $TOPO_DIR; hubs $HUB_LIST; Kafka $KAFKA_BOOTSTRAP; stop with deploy/topology/down.sh $TOPO_DIR"
