#!/bin/sh
# Guards the wire contract tongchou.v1 (issue #13): `buf lint` (STANDARD, with v1's published
# violations as exceptions in proto/buf.yaml) and `buf breaking` (WIRE_JSON) against the recorded
# baseline proto/buf/v1-baseline.json, the v1 protos as released. Exits non-zero on a finding.
# buf itself comes from npm (@bufbuild/buf, proto/buf/package-lock.json): `npm ci` in proto/buf.
#
#   proto/buf/check.sh              checks proto/src/main/proto
#   proto/buf/check.sh --self-test  shows that a deliberate break fails: it renumbers a field of
#                                   Receipt and renames a service in a copy, and expects both
#                                   checks to refuse the copy
set -eu
here=$(cd "$(dirname "$0")" && pwd)
buf=$here/node_modules/.bin/buf
baseline=$here/v1-baseline.json
[ -x "$buf" ] || { echo "buf is not installed: run npm ci in $here" >&2; exit 2; }

# Lints and compares the proto tree at $1 (a directory with buf.yaml, like proto/). Every step is
# chained with && since `set -e` does not hold inside a function called from `if`.
check() {
  (
    cd "$1" || exit 2
    image=$(mktemp) || exit 2
    trap 'rm -f "$image"' EXIT
    # The image of both modules (ours and the vendored google/rpc) as one, like the baseline.
    "$buf" lint \
      && "$buf" build --exclude-source-info -o "$image#format=binpb" \
      && "$buf" breaking "$image#format=binpb" --against "$baseline" --config buf.yaml
  )
}

if [ "${1:-}" != "--self-test" ]; then
  check "$here/.."
  echo "buf: lint and breaking (WIRE_JSON against v1-baseline.json) pass"
  exit 0
fi

copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
mkdir -p "$copy/buf"
cp "$here/../buf.yaml" "$copy/"
cp -r "$here/../src" "$copy/"
cp -r "$here/vendor" "$copy/buf/"
failed=0
# A wire break: Receipt's hash moves from field 4 to field 58.
sed -i 's/^  string hash = 4;/  string hash = 58;/' "$copy/src/main/proto/tongchou/v1/receipts.proto"
if check "$copy" > "$copy/out" 2>&1; then
  echo "self-test: buf breaking let a renumbered field through" >&2
  failed=1
else
  grep -q 'Receipt' "$copy/out" || { cat "$copy/out" >&2; failed=1; }
fi
# A lint break in a new file: a service without the Service suffix, a response named otherwise.
sed -i 's/^  string hash = 58;/  string hash = 4;/' "$copy/src/main/proto/tongchou/v1/receipts.proto"
cat > "$copy/src/main/proto/tongchou/v1/self_test.proto" <<'PROTO'
syntax = "proto3";
package tongchou.v1;
// A new service that breaks the rules v1's old files are excused from.
service Probe {
  // Answers with a shared type.
  rpc Ping(PingRequest) returns (Pong);
}
// The request.
message PingRequest {}
// The answer.
message Pong {}
PROTO
if check "$copy" > "$copy/out" 2>&1; then
  echo "self-test: buf lint let a new service break the rules" >&2
  failed=1
else
  grep -q 'Service name "Probe" should be suffixed' "$copy/out" || { cat "$copy/out" >&2; failed=1; }
fi
[ "$failed" = 0 ] && echo "self-test: a renumbered field and a new rule-breaking service both fail"
exit "$failed"
