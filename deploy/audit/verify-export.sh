#!/bin/sh
# Checks a Tongchou export (tongchou-export/1, from `region-adapter audit export`) with standard
# tools only: sh, sed, awk, cut, base64, sha256sum (GNU coreutils) and openssl (1.1.1 or later).
# It needs neither the hub nor Java. docs/AUDIT.md explains each step.
#
#   deploy/audit/verify-export.sh EXPORT.jsonl HUB-KEY.pem
#
# HUB-KEY.pem is a hub public key the auditor trusts (from the hub operator, or `audit keys
# --output`); keys it endorsed when it was rotated are trusted in turn. Prints every failure,
# naming the position or checkpoint, and exits 1 if there is any; 0 when everything checks out.
set -eu

if [ $# -ne 2 ]; then
  echo "usage: $0 EXPORT.jsonl HUB-KEY.pem" >&2
  exit 2
fi
export_file=$1
trusted_pem=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/keys" "$work/chain"
# Loops read from pipes run in subshells, so failures go to a file rather than a variable.
: > "$work/failures"

fail() {
  echo "FAIL $*" | tee -a "$work/failures"
}

# The value of a member of an export line (the lines' own members are unique and flat).
member() {
  printf '%s\n' "$2" | sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\)\"\{0,1\}[],}].*/\1/p"
}

# A member of a decoded event or checkpoint body (canonical JSON: no spaces; `hash` is top level).
body_member() {
  sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\)\"\{0,1\}[,}].*/\1/p" "$2"
}

sha() {
  sha256sum | cut -c1-64
}

# 1. Keys: the pinned key, then every key endorsed by a trusted one (in the export's order).
trusted_id=$(openssl pkey -pubin -in "$trusted_pem" -outform DER | sha)
cp "$trusted_pem" "$work/keys/$trusted_id.pem"
grep '"kind":"key"' "$export_file" | while IFS= read -r line; do
  id=$(member keyId "$line")
  member publicKey "$line" | base64 -d > "$work/key.der"
  [ "$(sha < "$work/key.der")" = "$id" ] || { fail "key $id: its id is not the SHA-256 of its public key"; continue; }
  [ -f "$work/keys/$id.pem" ] && continue
  previous=$(member previousKeyId "$line")
  if [ -n "$previous" ] && [ -f "$work/keys/$previous.pem" ] && [ -n "$(member endorsement "$line")" ]; then
    member body "$line" | base64 -d > "$work/key.body"
    member endorsement "$line" | base64 -d > "$work/key.sig"
    if openssl pkeyutl -verify -pubin -inkey "$work/keys/$previous.pem" -rawin -in "$work/key.body" \
        -sigfile "$work/key.sig" >/dev/null 2>&1; then
      openssl pkey -pubin -inform DER -in "$work/key.der" -out "$work/keys/$id.pem"
    else
      fail "key $id: the endorsement by $previous does not verify"
    fi
  fi
done

# 2. Checkpoints: hash, signature by a trusted key, chain to the previous one.
previous_hash=""
previous_sequence=""
: > "$work/checkpoints"
grep '"kind":"checkpoint"' "$export_file" | sort -t: -k3 -n > "$work/checkpoint.lines" || true
while IFS= read -r line; do
  sequence=$(member sequence "$line")
  member body "$line" | base64 -d > "$work/body"
  member signature "$line" | base64 -d > "$work/sig"
  hash=$(sha < "$work/body")
  [ "$hash" = "$(member hash "$line")" ] || fail "checkpoint $sequence: its body does not hash to the hash it carries"
  key=$(body_member keyId "$work/body")
  if [ ! -f "$work/keys/$key.pem" ]; then
    fail "checkpoint $sequence: signed by key $key, which is not trusted"
  elif ! openssl pkeyutl -verify -pubin -inkey "$work/keys/$key.pem" -rawin -in "$work/body" \
      -sigfile "$work/sig" >/dev/null 2>&1; then
    fail "checkpoint $sequence: its signature does not verify"
  fi
  if [ -n "$previous_sequence" ] && [ "$sequence" -eq $((previous_sequence + 1)) ] \
      && [ "$(body_member previousHash "$work/body")" != "$previous_hash" ]; then
    fail "checkpoint $sequence: its previous hash is not the hash of checkpoint $previous_sequence"
  fi
  echo "$sequence $(body_member fromPosition "$work/body") $(body_member toPosition "$work/body")" \
    "$(body_member merkleRoot "$work/body") $(body_member eventCount "$work/body")" >> "$work/checkpoints"
  previous_hash=$hash
  previous_sequence=$sequence
done < "$work/checkpoint.lines"

full=$(head -n 1 "$export_file" | sed -n 's/.*"full":\(true\|false\).*/\1/p')

# 3. Events: each one's hash over its stored bytes, its link in its person's chain, its leaf.
: > "$work/leaves"
: > "$work/claims"
: > "$work/pathless"
grep '"kind":"event"' "$export_file" > "$work/event.lines" || true
while IFS= read -r line; do
  position=$(member position "$line")
  person=$(member personKey "$line")
  if printf '%s' "$line" | grep -q '"missing":true'; then
    fail "event at position $position (person $person): the log has this position but its event is gone"
    continue
  fi
  member payload "$line" | base64 -d > "$work/event"
  leaf=$(sha < "$work/event")
  claimed=$(body_member hash "$work/event")
  sequence=$(body_member personSequence "$work/event")
  recomputed=$(sed "s/,\"hash\":\"$claimed\"//" "$work/event" | sha)
  [ "$recomputed" = "$claimed" ] || fail "event at position $position (person $person, #$sequence): its stored bytes" \
    "do not hash to the hash they carry: the event was altered"
  previous=$(body_member previousHash "$work/event")
  if [ -f "$work/chain/$person" ]; then
    read -r last_hash last_sequence < "$work/chain/$person"
    # A partial export may skip events outside its scope (their audit paths prove the rest);
    # going back, repeating, or (in a full export) skipping is a break.
    if [ "$sequence" -le "$last_sequence" ] || { [ "$full" = true ] && [ "$sequence" != $((last_sequence + 1)) ]; }; then
      fail "event at position $position (person $person, #$sequence): expected the person's event" \
        "#$((last_sequence + 1)) here, found #$sequence"
    elif [ "$sequence" = $((last_sequence + 1)) ] && [ "$previous" != "$last_hash" ]; then
      fail "event at position $position (person $person, #$sequence): its previous hash is not the hash of the" \
        "person's event #$last_sequence"
    fi
  elif [ "$sequence" = 1 ] && [ "$previous" != "0000000000000000000000000000000000000000000000000000000000000000" ]; then
    fail "event at position $position (person $person, #1): it does not start the person's chain"
  fi
  echo "$claimed $sequence" > "$work/chain/$person"
  echo "$position $leaf" >> "$work/leaves"
  checkpoint=$(member checkpoint "$line")
  if [ -n "$checkpoint" ]; then
    # A partial export: climb the audit path (L = sibling on the left, R = on the right).
    node=$leaf
    for step in $(printf '%s\n' "$line" | sed -n 's/.*"path":\[\([^]]*\)\].*/\1/p' | tr -d '"' | tr ',' ' '); do
      sibling=${step#?}
      case $step in
        L*) node=$(printf '%s%s' "$sibling" "$node" | sha) ;;
        R*) node=$(printf '%s%s' "$node" "$sibling" | sha) ;;
      esac
    done
    echo "$checkpoint $position $node" >> "$work/claims"
  elif [ "$full" != true ]; then
    echo "$position $person $sequence" >> "$work/pathless"
  fi
done < "$work/event.lines"

# 4. Merkle roots. A full export rebuilds each checkpoint's tree from its events; a partial one
#    compares each audit path's root with the signed root.
while read -r sequence from to root count; do
  if [ "$full" = true ]; then
    awk -v from="$from" -v to="$to" '$1 > from && $1 <= to { print $2 }' "$work/leaves" > "$work/level"
    got=$(wc -l < "$work/level")
    if [ "$got" -ne "$count" ]; then
      fail "checkpoint $sequence: it signed $count events at positions $((from + 1))..$to, the export has $got there"
      continue
    fi
    while [ "$(wc -l < "$work/level")" -gt 1 ]; do
      : > "$work/up"
      while read -r left; do
        if read -r right; then printf '%s%s' "$left" "$right" | sha >> "$work/up"; else echo "$left" >> "$work/up"; fi
      done < "$work/level"
      mv "$work/up" "$work/level"
    done
    [ "$(cat "$work/level")" = "$root" ] || fail "checkpoint $sequence: the Merkle root of the events at positions" \
      "$((from + 1))..$to is not the signed root"
  fi
  awk -v s="$sequence" '$1 == s { print $2, $3 }' "$work/claims" | while read -r position node; do
    [ "$node" = "$root" ] || fail "event at position $position: its audit path does not lead to the root of checkpoint $sequence"
  done
done < "$work/checkpoints"

# 5. A partial export carries the latest checkpoint: an event at or before its last position must
#    carry an audit path, or a path stripped from the file would pass for an event not yet signed.
last_covered=$(tail -n 1 "$work/checkpoints" | cut -d' ' -f3)
while read -r position person sequence; do
  if [ -n "$last_covered" ] && [ "$position" -le "$last_covered" ]; then
    fail "event at position $position (person $person, #$sequence): a signed checkpoint covers it, but it has no" \
      "audit path"
  fi
done < "$work/pathless"

events=$(wc -l < "$work/event.lines")
checkpoints=$(wc -l < "$work/checkpoints")
if [ -s "$work/failures" ]; then
  echo "NOT INTACT: $(wc -l < "$work/failures") failures in $events events and $checkpoints checkpoints"
  exit 1
fi
echo "intact: $events events and $checkpoints signed checkpoints check out"
