#!/usr/bin/env bash
# Fuzzes each target of issue #16 with Jazzer, one at a time (Jazzer fuzzes one test per JVM).
# Usage: deploy/fuzz.sh   Each target stops at its @FuzzTest's maxDuration (Jazzer's default 5 min;
# SubmitFuzzIT 10 min) or maxExecutions (a million), whichever comes first. Jazzer 0.22.1 takes the
# duration from the annotation only: a -Djazzer.max_duration property is ignored. Findings (a
# failed assertion, an exception, an input running over 30 s) are written as new inputs under
# src/test/resources/**/<Class>Inputs/<method>/ (or the module's root when there is none) and then
# run in every regression run. libFuzzer prints its final stats (stat::number_of_executed_units,
# stat::average_exec_per_sec). Runs under `nice -n ${NICE:-10}`: the machine is shared.
# INSTRUMENT=glob,glob widens what gives coverage feedback (default: the reactor's own classes),
# e.g. INSTRUMENT='org.tongchou.**,com.fasterxml.jackson.**,org.yaml.snakeyaml.**'.
# SubmitFuzzIT needs TONGCHOU_TEST_DB_URL (PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
run() { # modules test-pattern it-pattern
  JAZZER_FUZZ=1 nice -n "${NICE:-10}" mvn -B -o verify -pl "proto,$1" -Dspotless.check.skip=true \
    -Djacoco.skip=true -Dtongchou.excluded-groups= \
    -Dtest="$2" -Dit.test="$3" -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
    ${INSTRUMENT:+"-Djazzer.instrument=$INSTRUMENT"} \
    -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-print_final_stats=1 -Djazzer.internal.arg.2=-timeout=30
}
run hub IdNumberFuzzTest NoSuchIT
run hub CsvFuzzTest NoSuchIT
run hub PolicyYamlFuzzTest NoSuchIT
run hub FactMapperFuzzTest NoSuchIT
run hub NoSuchTest SubmitFuzzIT
run hub,region-adapter FactLineMapperFuzzTest NoSuchIT
run deploy/audit/verifier ExportVerifierFuzzTest NoSuchIT
