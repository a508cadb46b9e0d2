#!/usr/bin/env bash
# Fuzzes each target of issue #16 with Jazzer, one at a time (Jazzer fuzzes one test per JVM).
# Usage: deploy/fuzz.sh [max-seconds-per-target]   (default 60). Findings are written as new
# inputs under src/test/resources/**/<Class>Inputs/ and then run in every regression run.
# SubmitFuzzIT needs TONGCHOU_TEST_DB_URL (PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
run() { # module test-pattern it-pattern
  JAZZER_FUZZ=1 mvn -B -o -q verify -pl "proto,$1" -Dspotless.check.skip=true -Dtongchou.excluded-groups= \
    -Dtest="$2" -Dit.test="$3" -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="${seconds}s"
}
run hub IdNumberFuzzTest NoSuchIT
run hub CsvFuzzTest NoSuchIT
run hub PolicyYamlFuzzTest NoSuchIT
run hub FactMapperFuzzTest NoSuchIT
run hub NoSuchTest SubmitFuzzIT
run hub,region-adapter FactLineMapperFuzzTest NoSuchIT
