#!/usr/bin/env python3
"""Shares of a hub flight recording's execution samples, by component (issue #15, session 6).

Usage: jfr-shares.py RECORDING.jfr [FROM TO]   (FROM/TO: HH:MM:SS UTC, the counted run's window)

Record with -XX:FlightRecorderOptions:stackdepth=1024 -XX:StartFlightRecording=settings=profile
(ingest.sh's HUB_JAVA_OPTS): at the default depth of 64 a third of the stacks lose the frames that
say which of our components a sample belongs to. Prints two tables: each sample counted once, in
the first component of a priority list found on its stack (by thread: Submit, read models,
others); and inclusive shares, a sample counted in every component on its stack.
"""
import collections
import json
import re
import subprocess
import sys

ING = [
 ('data keys: look-ups, new key, wrap (PersonDataKeys, MasterKey)', r'PersonDataKeys|sealing\.domain\.MasterKey'),
 ('name digest HMAC (NameDigests)', r'NameDigests'),
 ('sealing texts AES-GCM (SealedText)', r'SealedText'),
 ('event encoding: canonical JSON + SHA-256 (EventHashes.seal)', r'EventHashes\.seal|EventEncoding|kernel\.EncodedEvents'),
 ('wake-ups (BatchedDeadlineManager, db-scheduler)', r'BatchedDeadlineManager|kagkarlsson'),
 ('feed append (FeedRecorder, FeedLog)', r'FeedRecorder|log\.app\.FeedLog'),
 ('receipts: bodies, signing, insert', r'sync\.app\.ReceiptStore|ReceiptSigner|BatchRecorder\.signed|MerkleTree|SigningKeys|BatchRecorder\.withLogPositions'),
 ('identity, person index, quota', r'IdentityStore|PersonIndex|NewPersonQuota|SubmitLimits'),
 ('event positions look-up', r'EventPositions'),
 ('event store append (Axon JDBC)', r'JdbcEventStorageEngine|AbstractEventStorageEngine\.appendEvents|EncodedEventSerializer\.serialize'),
 ('obligation decisions (Settlement, Reconciliation)', r'obligation\.domain\.Settlement|Reconciliation|ExpectedDuties|PeriodDuties'),
 ('need-to-know (audiences, entitlements)', r'PersonAccess|EntitlementSettlement|entitlement\.domain'),
 ('person decision and evolve (PersonDecisions, PersonState, ledger)', r'PersonDecisions|PersonState|PersonStream|ObligationLedger|FactValidator|person\.domain'),
 ('Axon per-command: bus, unit of work, repository, cache, monitors', r'axonframework.*(Command|UnitOfWork|Repository|Aggregate|monitoring|Scope|Interceptor)|ehcache'),
 ('transaction commit', r'commitTransaction|PgConnection\.commit|DataSourceTransactionManager'),
]
RM = [
 ('event deserialisation (Jackson)', r'EncodedEventSerializer\.deserialize|Serializer\.deserialize|upcast'),
 ('obligation_view projection', r'obligation\.projection'),
 ('statistics projection (PersonProjection)', r'statistics\.projection'),
 ('residence/other projections', r'\.projection\.'),
 ('token store, processor', r'TokenStore|axonframework'),
]

INCLUSIVE = [
('Submit, whole (gRPC thread: RegionSyncService.answer)', r'RegionSyncService\.answer'),
('the batch (BatchRecorder.record)', r'BatchRecorder\.record$'),
('commands through Axon (sendAndWait)', r'DefaultCommandGateway\.sendAndWait'),
('the person decision (PersonDecider.decide)', r'PersonDecider\.decide'),
('obligation decisions (Settlement.of)', r'obligation\.domain\.Settlement\.of'),
('sealing and name digest (PersonDeciding$1: keys, AES-GCM, HMAC)', r'PersonDecider\$Deciding\.sealed'),
('data keys (PersonDataKeys)', r'PersonDataKeys'),
('event hashing and canonical JSON (EventHashes.seal)', r'EventHashes\.seal'),
('need-to-know audiences (PersonAccess.audiences)', r'PersonAccess\.audiences'),
('event store append (Axon JDBC)', r'JdbcEventStorageEngine\.appendEvents|AbstractEventStorageEngine\.appendEvents'),
('receipts written and signed (BatchRecorder.writeReceipts)', r'BatchRecorder\.writeReceipts'),
('feed append (FeedRecorder.append)', r'FeedRecorder\.append'),
('wake-ups (BatchedDeadlineManager)', r'BatchedDeadlineManager'),
('access log', r'accesslog'),
('read-model processor (all)', r'WorkPackage|Coordinator'),
('  event deserialisation (Jackson)', r'EncodedEventSerializer\.deserialize'),
('  PersonProjection (residence_view, birth_view)', r'statistics\.projection\.PersonProjection'),
('  ObligationProjection (obligation_view)', r'obligation\.projection\.ObligationProjection'),
]


def name(frame):
    m = frame["method"]
    return re.sub(r"\$\$Lambda\$.*", "$$Lambda", m["type"]["name"].replace("/", ".")) + "." + m["name"]


def load(path, start, end):
    out = subprocess.run(
        ["jfr", "print", "--json", "--stack-depth", "1024", "--events", "jdk.ExecutionSample", path],
        capture_output=True, text=True, check=True).stdout
    samples = []
    for e in json.loads(out)["recording"]["events"]:
        v = e["values"]
        if start <= v["startTime"][11:19] <= end:
            t = v.get("sampledThread") or {}
            samples.append((t.get("javaName") or "?", [name(f) for f in v["stackTrace"]["frames"]]))
    return samples


def first(frames, table):
    s = "\n".join(frames)
    for label, pattern in table:
        if re.search(pattern, s):
            return label
    return None


def exclusive(samples):
    groups = collections.OrderedDict(
        (g, collections.Counter()) for g in ("ingest (gRPC Submit threads)", "read-model processor", "other threads"))
    for thread, frames in samples:
        if thread.startswith("grpc-default-executor"):
            g = "ingest (gRPC Submit threads)"
            if any("BatchRecorder.record" in x for x in frames):
                label = first(frames, ING) or (
                    "Axon per-command" if any("sendAndWait" in x for x in frames) else "batch commit: other")
            elif any("FactIngest" in x for x in frames):
                label = first(frames, ING) or "ingest before the batch (validate, fingerprint)"
            else:
                label = "gRPC, outside the batch"
        elif thread.startswith(("WorkPackage", "Coordinator")):
            g, label = "read-model processor", first(frames, RM) or "other"
        else:
            g, label = "other threads", re.sub(r"\d+", "N", thread)
        groups[g][label] += 1
    return groups


def inclusive(samples):
    counts = collections.Counter()
    for thread, frames in samples:
        readmodels = thread.startswith(("WorkPackage", "Coordinator"))
        for label, pattern in INCLUSIVE:
            if label.startswith("  ") and not readmodels:
                continue
            if label.startswith("read-model"):
                counts[label] += readmodels
            elif any(re.search(pattern, x) for x in frames):
                counts[label] += 1
    return counts


def main():
    path = sys.argv[1]
    start, end = (sys.argv[2], sys.argv[3]) if len(sys.argv) > 3 else ("00:00:00", "99:99:99")
    samples = load(path, start, end)
    n = len(samples)
    print(f"{n} samples\n\n| component (each sample once) | samples | share |\n|---|---:|---:|")
    for g, c in exclusive(samples).items():
        print(f"| **{g}** | **{sum(c.values())}** | **{100 * sum(c.values()) / n:.1f}%** |")
        for label, x in c.most_common():
            print(f"| {label} | {x} | {100 * x / n:.1f}% |")
    print("\n| inclusive (on the stack) | samples | share |\n|---|---:|---:|")
    counts = inclusive(samples)
    for label, _ in INCLUSIVE:
        print(f"| {label} | {counts[label]} | {100 * counts[label] / n:.1f}% |")


if __name__ == "__main__":
    main()
