#!/usr/bin/env bash
# Runs the hub on its embedded default: H2 in file mode under ./tongchou-data (kept across
# restarts), gRPC on 9090, HTTP (actuator) on 8080. Builds the jars first if they are missing.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f hub/target/hub-exec.jar ] || [ ! -f region-adapter/target/region-adapter.jar ]; then
  echo "== building (first run only; about a minute)"
  mvn -B -q -ntp -DskipTests install
fi
exec java -Daxoniq.update-checker.disabled=true -jar hub/target/hub-exec.jar \
  --tongchou.data-dir="${TONGCHOU_DATA_DIR:-./tongchou-data}" "$@"
