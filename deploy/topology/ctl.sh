#!/usr/bin/env bash
# Starts, kills or stops one component of the topology that up.sh made:
#   ctl.sh DIR start|kill|stop hub|kafka|adapter|pg N
#     hub 1|2, kafka 1|2|3, adapter wuxi|henan, pg a|b|regions
#   kill: SIGKILL (kill -9; for pg: pg_ctl stop -m immediate); stop: SIGTERM (pg: -m fast).
#   CTL_WRAP: a command a started JVM runs under, which must exec it (the clock drill:
#   env LD_PRELOAD=…libfaketimeMT.so.1 FAKETIME=+10m); none otherwise.
# Each process runs as its systemd unit in units/ would: the same environment file and command.
set -euo pipefail
. "$(dirname "$0")/lib.sh" "$1"
action=$2 kind=$3 n=${4:-}
pids=$TOPO_DIR/pids
mkdir -p "$pids" "$TOPO_DIR/logs"

start_java() { # name env-file java-args...
  local name=$1 env=$2; shift 2
  if pid_alive "$pids/$name.pid"; then return 0; fi
  # shellcheck disable=SC2086 # CTL_WRAP is a command and its arguments
  ( set -a; . "$env"; set +a; exec ${CTL_WRAP:-} "$@" ) >>"$TOPO_DIR/logs/$name.log" 2>&1 &
  echo $! >"$pids/$name.pid"
}
signal() { # name signal
  local f=$pids/$1.pid
  if pid_alive "$f"; then
    kill "-$2" "$(cat "$f")" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$(cat "$f")" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$(cat "$f")" 2>/dev/null || true
  fi
  rm -f "$f"
}

case $kind in
  hub)
    name=hub$n
    case $action in
      start)
        start_java "$name" "$TOPO_DIR/env/$name.env" \
          java -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Daxoniq.update-checker.disabled=true \
          -jar "$HUB_JAR" --spring.profiles.active=postgres,kafka \
          "--spring.config.import=optional:configtree:$TOPO_DIR/secrets/hub/" ;;
      kill) signal "$name" KILL ;;
      stop) signal "$name" TERM ;;
    esac ;;
  kafka)
    name=kafka$n
    case $action in
      start)
        start_java "$name" "$TOPO_DIR/env/$name.env" \
          java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "@$TOPO_DIR/classpath.args" \
          kafka.Kafka "$TOPO_DIR/kafka/$name/server.properties" ;;
      kill) signal "$name" KILL ;;
      stop) signal "$name" TERM ;;
    esac ;;
  adapter)
    name=adapter-$n
    case $action in
      start)
        start_java "$name" "$TOPO_DIR/env/$name.env" \
          java -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
          -jar "$ADAPTER_JAR" run --config "$TOPO_DIR/adapter/$n.properties" ;;
      kill) signal "$name" KILL ;;
      stop) signal "$name" TERM ;;
    esac ;;
  pg)
    dir=$(pg_node_dir "$n")
    case $action in
      start) as_pg "$PG_BIN/pg_ctl" -D "$dir" -l "$TOPO_DIR/pg/$n.log" -w -t 60 start >/dev/null ;;
      kill) as_pg "$PG_BIN/pg_ctl" -D "$dir" -m immediate -w stop >/dev/null 2>&1 || true ;;
      stop) as_pg "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true ;;
    esac ;;
  *) echo "unknown component $kind" >&2; exit 2 ;;
esac
