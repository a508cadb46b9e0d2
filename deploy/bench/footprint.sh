#!/usr/bin/env bash
# What the hub writes per fact (issue #15): rows, WAL bytes and stored bytes, against the raw
# baseline of one event row per fact. Physical figures, stable where wall time is not.
#   1. a fresh database ($DB) and a hub on it; a warm-up push (not counted);
#   2. pg_current_wal_lsn(), pg_database_size() and the inserted-row counters before and after a
#      push of FACTS new persons' facts, once the read models are idle again;
#   3. the baseline: the same number of the newest event rows copied in one INSERT ... SELECT into
#      a table like domain_event_entry (same columns and indexes), with the same three measures.
# Needs the jars (mvn -DskipTests package) and PostgreSQL as test.sh prepares it.
set -euo pipefail
cd "$(dirname "$0")/../.."
FACTS=${FACTS:-10000}
BATCH=${BATCH:-500}
STREAMS=${STREAMS:-4}
DB=${DB:-tongchou_bench_footprint}
GRPC=${GRPC:-29190}
HTTP=${HTTP:-28190}
URL=jdbc:postgresql://127.0.0.1:5432/$DB
export PGPASSWORD=tongchou
psql_db() { psql -h 127.0.0.1 -U tongchou -d "$DB" -Atq -c "$1"; }
psql -h 127.0.0.1 -U tongchou -d postgres -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

TONGCHOU_DB_URL=$URL TONGCHOU_PRODUCTION=false TONGCHOU_PERSON_KEY_SECRET=bench-secret-0123456789 TONGCHOU_TOKENS_ENABLED=true \
  java -Xmx1g -Daxoniq.update-checker.disabled=true -jar hub/target/hub-exec.jar \
  --spring.profiles.active=postgres --tongchou.grpc.address=127.0.0.1 --tongchou.grpc.port=$GRPC --server.port=$HTTP \
  --tongchou.access.quota.new-persons-per-day=100000000 >/tmp/$DB-hub.log 2>&1 &
hub_pid=$!
trap 'kill $hub_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do (exec 3<>/dev/tcp/127.0.0.1/$GRPC) 2>/dev/null && break; sleep 1; done
TONGCHOU_DB_URL=$URL java -jar hub/target/hub-exec.jar credentials issue --region 320200 \
  --spring.profiles.active=postgres | tail -n 1 > /tmp/$DB.token

bench() {
  java -jar deploy/bench/workload/target/tongchou-workload.jar bench --hub 127.0.0.1:$GRPC \
    --token-file /tmp/$DB.token --region 320211 --batch-size "$BATCH" --streams "$STREAMS" "$@" | tail -1
}
inserted() { psql_db "SELECT sum(n_tup_ins) FROM pg_stat_user_tables"; }
# Idle: the inserted-row counter (and so the read models' projection) stood still for 5 seconds.
settle() {
  local last=-1 now
  while true; do
    psql_db "SELECT pg_stat_clear_snapshot()" >/dev/null; now=$(inserted)
    [ "$now" = "$last" ] && return; last=$now; sleep 5
  done
}
# Per table: rows inserted and bytes (table, TOAST and indexes), to see where a fact's bytes go.
tables() {
  psql_db "SELECT pg_stat_clear_snapshot()" >/dev/null
  psql_db "SELECT relname || ' ' || n_tup_ins || ' ' || pg_total_relation_size(relid) FROM pg_stat_user_tables ORDER BY relname"
}
measure() { psql_db "SELECT pg_current_wal_lsn() || ' ' || pg_database_size(current_database())"; }
per_fact() { # label, before-lsn, before-size, before-rows, after-lsn, after-size, after-rows
  local wal
  wal=$(psql_db "SELECT pg_wal_lsn_diff('$5', '$2')")
  echo "| $1 | $(( ($7 - $4) * 100 / FACTS )) | $(( wal / FACTS )) | $(( ($6 - $3) / FACTS )) |"
}

bench --facts 2000 --persons 2000 >/dev/null
settle
tables >/tmp/$DB-tables0.txt
read -r lsn0 size0 <<<"$(measure)"; rows0=$(inserted); events0=$(psql_db "SELECT max(global_index) FROM domain_event_entry")
bench --facts "$FACTS" --persons "$FACTS"
settle
read -r lsn1 size1 <<<"$(measure)"; rows1=$(inserted); events1=$(psql_db "SELECT max(global_index) FROM domain_event_entry")
echo "events per fact: $(( (events1 - events0) * 100 / FACTS ))/100"
echo "| what | rows per fact (x100) | WAL bytes per fact | stored bytes per fact |"
echo "|---|---:|---:|---:|"
per_fact hub "$lsn0" "$size0" "$rows0" "$lsn1" "$size1" "$rows1"
tables >/tmp/$DB-tables1.txt
echo "| table | rows per fact (x100) | bytes per fact |"
echo "|---|---:|---:|"
join <(sort /tmp/$DB-tables0.txt) <(sort /tmp/$DB-tables1.txt) | awk -v n="$FACTS" '$4 != $2 || $5 != $3 {
  printf "%d %s\n", ($5 - $3) / n, sprintf("| %s | %d | %d |", $1, ($4 - $2) * 100 / n, ($5 - $3) / n) }' |
  sort -rn | cut -d' ' -f2-
psql_db "CREATE TABLE raw_baseline (LIKE domain_event_entry INCLUDING ALL)"
read -r lsn0 size0 <<<"$(measure)"; rows0=$(inserted)
psql_db "INSERT INTO raw_baseline SELECT * FROM domain_event_entry ORDER BY global_index DESC LIMIT $FACTS"
sleep 2; psql_db "SELECT pg_stat_clear_snapshot()" >/dev/null
read -r lsn1 size1 <<<"$(measure)"; rows1=$(inserted)
per_fact "raw (one event row per fact)" "$lsn0" "$size0" "$rows0" "$lsn1" "$size1" "$rows1"
psql_db "SELECT payload_type, count(*), avg(octet_length(payload))::int FROM domain_event_entry GROUP BY 1 ORDER BY 2 DESC"
