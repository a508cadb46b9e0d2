#!/usr/bin/env bash
# The README's walk-through, unattended: starts a hub on its embedded default in a fresh
# folder, issues credentials for Wuxi (320200) and Henan (410000), pushes the example files
# as Wuxi (accepted, then duplicates, then a broken file), and reads a timeline as Henan.
set -uo pipefail
cd "$(dirname "$0")"
if [ ! -f hub/target/hub-exec.jar ] || [ ! -f region-adapter/target/region-adapter.jar ]; then
  echo "== building (first run only)"
  mvn -B -q -ntp -DskipTests install || exit 1
fi
data=$(mktemp -d)
grpc=${DEMO_GRPC_PORT:-19090}
http=${DEMO_HTTP_PORT:-18080}
hub=(java -Daxoniq.update-checker.disabled=true -jar hub/target/hub-exec.jar --tongchou.data-dir="$data")
adapter=(java -jar region-adapter/target/region-adapter.jar)

echo "== starting the hub (data in $data, gRPC :$grpc, HTTP :$http)"
"${hub[@]}" --tongchou.grpc.port="$grpc" --server.port="$http" >"$data/hub.log" 2>&1 &
hub_pid=$!
trap 'kill $hub_pid 2>/dev/null; wait $hub_pid 2>/dev/null' EXIT
# Ready when the gRPC port accepts connections (bash's /dev/tcp: no curl needed).
for _ in $(seq 1 90); do
  (exec 3<>"/dev/tcp/127.0.0.1/$grpc") 2>/dev/null && break
  kill -0 "$hub_pid" 2>/dev/null || { echo "the hub stopped; see $data/hub.log"; exit 1; }
  sleep 1
done

step() { printf '\n== %s\n$ %s\n' "$1" "${*:2}"; "${@:2}"; echo "(exit code $?)"; }

"${hub[@]}" credentials issue --region 320200 --label wuxi >"$data/wuxi.token"
"${hub[@]}" credentials issue --region 410000 --label henan >"$data/henan.token"
echo "== issued credentials for Wuxi (320200) and Henan (410000)"

step "Wuxi pushes its file" "${adapter[@]}" push examples/wuxi-arrivals.jsonl --hub "127.0.0.1:$grpc" --region 320200 --token-file "$data/wuxi.token"
step "Wuxi pushes it again: all duplicates" "${adapter[@]}" push examples/wuxi-arrivals.jsonl --hub "127.0.0.1:$grpc" --region 320200 --token-file "$data/wuxi.token"
step "Wuxi pushes a broken file" "${adapter[@]}" push examples/wuxi-broken.jsonl --hub "127.0.0.1:$grpc" --region 320200 --token-file "$data/wuxi.token"
step "Henan reads the timeline of a woman registered in Zhengzhou" "${adapter[@]}" timeline 410102199003071521 --hub "127.0.0.1:$grpc" --token-file "$data/henan.token"
step "Henan follows its feed (every item concerns people registered there)" "${adapter[@]}" tail --hub "127.0.0.1:$grpc" --token-file "$data/henan.token" --after 0 --kind fact --count 12
