#!/usr/bin/env bash
# The README's walk-through, unattended: starts a hub on its embedded default in a fresh
# folder, issues credentials for Wuxi (320200), Henan (410000) and Jiangsu's office (320000),
# pushes the example files as Wuxi (accepted, then duplicates, then a broken file), reads a
# timeline and the feed as Henan, and reads Wuxi's assessment as Jiangsu's office: scorecards,
# the obligations behind a line, one obligation explained, a CSV export.
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
# Checkpoints every 5 s (the default is a minute), so that the audit steps at the end have one.
"${hub[@]}" --tongchou.grpc.port="$grpc" --server.port="$http" --tongchou.checkpoints.interval=5s >"$data/hub.log" 2>&1 &
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
"${hub[@]}" credentials issue --office 320000 --label jiangsu >"$data/jiangsu.token"
"${hub[@]}" credentials issue --auditor --label auditor >"$data/auditor.token"
echo "== issued credentials for Wuxi (320200), Henan (410000), Jiangsu's office (320000) and an auditor"

step "Wuxi pushes its file" "${adapter[@]}" push examples/wuxi-arrivals.jsonl --hub "127.0.0.1:$grpc" --region 320200 --token-file "$data/wuxi.token"
step "Wuxi pushes it again: all duplicates" "${adapter[@]}" push examples/wuxi-arrivals.jsonl --hub "127.0.0.1:$grpc" --region 320200 --token-file "$data/wuxi.token"
step "Wuxi pushes a broken file" "${adapter[@]}" push examples/wuxi-broken.jsonl --hub "127.0.0.1:$grpc" --region 320200 --token-file "$data/wuxi.token"
step "Henan reads the timeline of a woman registered in Zhengzhou" "${adapter[@]}" timeline 410102199003071521 --hub "127.0.0.1:$grpc" --token-file "$data/henan.token"
step "Henan follows its feed (every item concerns people registered there)" "${adapter[@]}" tail --hub "127.0.0.1:$grpc" --token-file "$data/henan.token" --after 0 --kind fact --count 12
step "... and the obligations those facts opened, as each changes" "${adapter[@]}" tail --hub "127.0.0.1:$grpc" --token-file "$data/henan.token" --after 0 --kind obligation --count 1

as_jiangsu=(--hub "127.0.0.1:$grpc" --token-file "$data/jiangsu.token")
step "Jiangsu's office reads Wuxi's scorecards for 2026" "${adapter[@]}" scorecards --region 320200 --period 2026 --catch-up "${as_jiangsu[@]}"
step "... drills into one line: the inflow certificate checks" "${adapter[@]}" obligations --region 320200 --period 2026 --side inflow --indicator certificate-verification "${as_jiangsu[@]}"
step "... explains Wang Fang's certificate check: its events and the facts behind them" "${adapter[@]}" explain 'certificate-verification/320211/320211-2026-000001#1' --purpose "walk-through" "${as_jiangsu[@]}"
step "... exports the scorecards of Wuxi and its districts as CSV" "${adapter[@]}" export scorecards --region 320200 --period 2026 --children --output "$data" "${as_jiangsu[@]}"
step "Wuxi's own credential reads no further than Wuxi" "${adapter[@]}" scorecards --region 320000 --period 2026 --hub "127.0.0.1:$grpc" --token-file "$data/wuxi.token"

as_auditor=(--hub "127.0.0.1:$grpc" --token-file "$data/auditor.token")
sleep 6 # one checkpoint interval: the log so far is under a signed checkpoint
step "An auditor fetches the hub's public signing key" "${adapter[@]}" audit keys --output "$data/keys" "${as_auditor[@]}"
step "... exports the whole log with its hashes and signed checkpoints" "${adapter[@]}" audit export --purpose walk-through --output "$data/log.jsonl" "${as_auditor[@]}"
step "... verifies it without the hub" "${adapter[@]}" audit verify "$data/log.jsonl" --hub-key "$(ls "$data"/keys/*.pem | head -1)"
step "... and again with sha256sum and openssl only" deploy/audit/verify-export.sh "$data/log.jsonl" "$(ls "$data"/keys/*.pem | head -1)"
step "... and reads who read personal data, and why" "${adapter[@]}" audit access-log "${as_auditor[@]}"
