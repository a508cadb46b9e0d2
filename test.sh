#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine with Java 17 and Maven:
# makes sure PostgreSQL answers on 127.0.0.1:5432 (installing and starting it if needed),
# creates the role and databases the tests use, installs the Node.js client of the hub's
# cross-language test (NodeClientIT; installing Node.js itself if needed), checks the protos with
# buf (proto/buf/check.sh), then runs `mvn -B verify`.
# A missing PostgreSQL or Node.js is a failure, never a skipped test.
set -euo pipefail
cd "$(dirname "$0")"

PGHOST=127.0.0.1
PGPORT=5432

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

root() {
  if [ "$(id -u)" = 0 ]; then env DEBIAN_FRONTEND=noninteractive "$@"; else sudo env DEBIAN_FRONTEND=noninteractive "$@"; fi
}

if ! command -v pg_isready >/dev/null 2>&1 || ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    echo "== installing PostgreSQL"
    root apt-get update -qq
    root apt-get install -y -qq postgresql >/dev/null
  fi
  version=$(ls /etc/postgresql | sort -V | tail -1)
  echo "== starting PostgreSQL $version"
  root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && break; sleep 1; done
  pg_isready -h "$PGHOST" -p "$PGPORT"
fi

echo "== preparing role and databases"
as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tongchou') THEN
    CREATE ROLE tongchou LOGIN PASSWORD 'tongchou' CREATEDB;
  END IF; END \$\$;"
# The test database starts empty on every run, so that no earlier run can make a test pass.
as_postgres dropdb --if-exists tongchou_test
as_postgres createdb -O tongchou tongchou_test
if ! as_postgres psql -tA -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'tongchou'" | grep -q 1; then
  as_postgres createdb -O tongchou tongchou
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "== installing Node.js"
  root apt-get update -qq
  root apt-get install -y -qq nodejs npm >/dev/null
fi

# The workbench's browser tests (issue #14): Debian's Chromium and its driver, and a font for Chinese.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "== installing chromium and chromium-driver"
  root apt-get update -qq
  root apt-get install -y -qq chromium chromium-driver fonts-wqy-zenhei >/dev/null
fi
# Sign-in by certificate (WorkbenchCertificateIT): Chromium on Linux reads client certificates from
# an NSS database, which certutil and pk12util fill.
if ! command -v certutil >/dev/null 2>&1 || ! command -v pk12util >/dev/null 2>&1; then
  echo "== installing libnss3-tools"
  root apt-get update -qq
  root apt-get install -y -qq libnss3-tools >/dev/null
fi

echo "== npm ci (hub/src/test/node)"
# Exactly the versions of package-lock.json, for the Node gRPC client that NodeClientIT runs.
(cd hub/src/test/node && npm ci --no-audit --no-fund --loglevel=error)

echo "== buf lint and buf breaking (proto/buf)"
# The wire contract tongchou.v1: buf from npm (exact version in proto/buf/package-lock.json);
# lint with v1's published exceptions, breaking (WIRE_JSON) against the recorded v1 baseline,
# then the self-test that a deliberate break fails (issue #13, step 6).
(cd proto/buf && npm ci --no-audit --no-fund --loglevel=error)
proto/buf/check.sh
proto/buf/check.sh --self-test

echo "== mvn verify"
exec mvn -B -ntp -Dstyle.color=never verify "$@"
