#!/usr/bin/env node
// Cross-language interoperability check: drives a running Tongchou hub from Node's gRPC client,
// built from nothing but the .proto files (no generated Java, no Java at all), so that the wire
// contract is shown not to depend on Java. Run by NodeClientIT; it also runs by hand against any
// hub:
//
//   TONGCHOU_HUB=127.0.0.1:9090 TONGCHOU_TOKEN=... \
//   TONGCHOU_PROTO_PATH=../../../../proto/src/main/proto:/dir/with/google/rpc node interop.js
//
// Settings (a command-line argument wins over the environment variable):
//   --hub=HOST:PORT       TONGCHOU_HUB         the hub's gRPC address
//   --token=TOKEN         TONGCHOU_TOKEN       a credential for jurisdiction 320200 (Wuxi) or
//                                              above: the facts are reported by 320211 (滨湖区)
//   --proto-path=DIRS     TONGCHOU_PROTO_PATH  include directories, separated by ':' (';' on
//                                              Windows): the repo's proto dir, and a directory
//                                              holding google/rpc/status.proto and
//                                              google/rpc/error_details.proto
// google/protobuf/{any,duration,timestamp}.proto need no directory: protobufjs (proto-loader's
// parser) has them built in.
//
// Checks, one output line each: `ok ...` on success; on the first failure `not ok ...` and exit 1.
//   1. Submit: one batch of a valid arrival and the same arrival with a wrong ID check character
//      comes back ACCEPTED and REFUSED.
//   2. The refusal's google.rpc.Status carries a google.rpc.BadRequest naming `person.idNumber`.
//   3. Subscribe from feed position 0 delivers the accepted fact.
'use strict';

const crypto = require('node:crypto');
const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const SUBMIT_TIMEOUT_MS = 20_000;
const FEED_TIMEOUT_MS = 20_000;
// The feed is read from its very beginning, which on a shared test database may hold many
// earlier items: start with this much credit and grant it again whenever it runs half out.
const FEED_CREDIT = 1000;

// ---------------------------------------------------------------------------------------------
// Settings

function setting(argName, envName) {
  const prefix = `--${argName}=`;
  const arg = process.argv.slice(2).find((a) => a.startsWith(prefix));
  const value = arg !== undefined ? arg.slice(prefix.length) : process.env[envName];
  if (!value) {
    throw new Error(`missing setting: pass --${argName}=... or set ${envName}`);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Loading the contract from the .proto files

function loadContract(includeDirs) {
  // keepCase: false turns field names into the camelCase of their proto JSON names (recordId,
  // occurredOn...), the same names FACTS.md and the hub's field violations use.
  // json: true makes proto-loader decode every google.protobuf.Any whose type is loaded; that is
  // why error_details.proto is loaded explicitly: a refusal's details then arrive as
  // {'@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [...]}, decoded
  // with the BadRequest type of error_details.proto.
  const definition = protoLoader.loadSync(
    ['tongchou/v1/region_sync.proto', 'google/rpc/error_details.proto'],
    {
      includeDirs,
      keepCase: false,
      longs: String, // int64 / uint64 as decimal strings: positions never lose precision
      enums: String, // enum values by name: 'ACCEPTED', not 1
      defaults: true,
      oneofs: true, // a virtual property names the set case of each oneof, e.g. item.item
      json: true,
    },
  );
  for (const name of ['tongchou.v1.RegionSync', 'google.rpc.Status', 'google.rpc.BadRequest']) {
    if (!definition[name]) {
      throw new Error(`${name} was not loaded from ${includeDirs.join(path.delimiter)}`);
    }
  }
  return grpc.loadPackageDefinition(definition);
}

// ---------------------------------------------------------------------------------------------
// Test data

// Weights and check characters of the GB 11643 MOD 11-2 check of an 18-character ID number.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function checkCharacter(body17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(body17[i]) * ID_WEIGHTS[i];
  }
  return ID_CHECK[sum % 11];
}

// A fresh woman registered in 410102 (郑州中原区): random birth date between 1970 and 2004 and
// random even sequence number (even = female), so that earlier runs cannot collide with it.
function freshWomansIdNumber() {
  const born = new Date(Date.UTC(1970, 0, 1) + crypto.randomInt(0, 35 * 365) * 86_400_000);
  const date = born.toISOString().slice(0, 10).replaceAll('-', '');
  const sequence = String(crypto.randomInt(0, 500) * 2).padStart(3, '0');
  const body = `410102${date}${sequence}`;
  return body + checkCharacter(body);
}

// The same number with any other check character: a typo the hub must refuse.
function withWrongCheckCharacter(idNumber) {
  const wrong = [...ID_CHECK].find((c) => c !== idNumber[17]);
  return idNumber.slice(0, 17) + wrong;
}

// An arrival in 320211 (无锡滨湖区) of a woman from 410102, as a plain object shaped like the
// tongchou.v1.Fact message; `arrivalRegistered` selects the `data` oneof case.
function arrival(idNumber) {
  return {
    recordId: `node-interop-${crypto.randomUUID()}`,
    region: '320211',
    occurredOn: '2026-03-01',
    person: { idNumber, name: '王芳', sex: 'F', registrationRegion: '410102' },
    arrivalRegistered: { from: '410102' },
  };
}

// ---------------------------------------------------------------------------------------------
// Calls

function authorization(token) {
  const metadata = new grpc.Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  return metadata;
}

function deadline(ms) {
  return new Date(Date.now() + ms);
}

// Sends one batch on a RegionSync.Submit stream, half-closes it and resolves with the one
// SubmitResponse once the hub has ended the stream with OK.
function submitBatch(client, token, facts) {
  return new Promise((resolve, reject) => {
    const call = client.Submit(authorization(token), { deadline: deadline(SUBMIT_TIMEOUT_MS) });
    const responses = [];
    call.on('data', (response) => responses.push(response));
    call.on('error', (error) => reject(new Error(`Submit failed: ${error.code} ${error.details}`)));
    call.on('end', () => {
      if (responses.length !== 1) {
        reject(new Error(`Submit answered ${responses.length} responses to 1 batch`));
      } else {
        resolve(responses[0]);
      }
    });
    call.write({ batchSequence: '1', facts });
    call.end();
  });
}

// Reads RegionSync.Subscribe from feed position `after` (0: the beginning) until a fact with
// `recordId` arrives, then cancels the call. Resolves with that FeedItem.
function awaitInFeed(client, token, recordId, after) {
  return new Promise((resolve, reject) => {
    const call = client.Subscribe(authorization(token));
    let received = 0;
    let done = false;
    const finish = (outcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      call.cancel(); // ends the subscription; the resulting CANCELLED error is ignored below
      outcome();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(
        `fact ${recordId} not in the feed after ${FEED_TIMEOUT_MS} ms (${received} items read)`))),
      FEED_TIMEOUT_MS,
    );

    call.on('data', (item) => {
      received++;
      // Every item, checkpoints included, spends one unit of credit: top it up in time.
      if (received % (FEED_CREDIT / 2) === 0) {
        call.write({ credit: { items: String(FEED_CREDIT / 2) } });
      }
      if (item.item === 'fact' && item.fact.recorded.fact.recordId === recordId) {
        finish(() => resolve(item));
      }
    });
    call.on('error', (error) => {
      finish(() => reject(new Error(`Subscribe failed: ${error.code} ${error.details}`)));
    });
    call.on('end', () => {
      finish(() => reject(new Error(`Subscribe ended after ${received} items without ${recordId}`)));
    });

    // The first request must be `start`.
    call.write({ start: { afterPosition: after, credit: String(FEED_CREDIT), fromEnd: false } });
  });
}

// ---------------------------------------------------------------------------------------------
// Checks

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

async function main() {
  const hub = setting('hub', 'TONGCHOU_HUB');
  const token = setting('token', 'TONGCHOU_TOKEN');
  // Where to start reading the feed: a shared test database holds many earlier items.
  const after = process.env.TONGCHOU_FEED_AFTER || '0';
  const includeDirs = setting('proto-path', 'TONGCHOU_PROTO_PATH').split(path.delimiter).filter(Boolean);

  const contract = loadContract(includeDirs);
  const client = new contract.tongchou.v1.RegionSync(hub, grpc.credentials.createInsecure());
  try {
    // 1. Submit a valid arrival and one with a wrong check character, in one batch.
    const idNumber = freshWomansIdNumber();
    const valid = arrival(idNumber);
    const invalid = arrival(withWrongCheckCharacter(idNumber));
    const response = await submitBatch(client, token, [valid, invalid]);
    const [accepted, refused] = response.outcomes;

    check(response.outcomes.length === 2, `expected 2 outcomes, got ${response.outcomes.length}`);
    check(accepted.kind === 'ACCEPTED' && accepted.recordId === valid.recordId,
      `expected the valid arrival ACCEPTED, got ${JSON.stringify(accepted)}`);
    check(/^[1-9][0-9]*$/.test(accepted.receipt.position) && accepted.receipt.hash.length === 64,
      `expected a receipt with a position and a hash, got ${JSON.stringify(accepted.receipt)}`);
    check(refused.kind === 'REFUSED' && refused.recordId === invalid.recordId,
      `expected the bad ID number REFUSED, got ${JSON.stringify(refused)}`);
    console.log('ok submit accepted');

    // 2. The refusal: a google.rpc.Status with code INVALID_ARGUMENT (3) whose details were
    //    decoded by proto-loader (json: true) with the loaded google.rpc types.
    const status = refused.refusal;
    check(status && status.code === 3, `expected refusal code INVALID_ARGUMENT (3), got ${JSON.stringify(status)}`);
    const undecoded = status.details.filter((any) => !any['@type']);
    check(undecoded.length === 0,
      `refusal details not decoded (is google/rpc/error_details.proto on the proto path?): ${JSON.stringify(undecoded)}`);
    const badRequest = status.details.find((d) => d['@type'] === 'type.googleapis.com/google.rpc.BadRequest');
    check(badRequest, `no google.rpc.BadRequest in the refusal details: ${JSON.stringify(status.details)}`);
    const fields = badRequest.fieldViolations.map((violation) => violation.field);
    check(fields.includes('person.idNumber'), `expected a field violation on person.idNumber, got ${fields}`);
    const errorInfo = status.details.find((d) => d['@type'] === 'type.googleapis.com/google.rpc.ErrorInfo');
    check(errorInfo && errorInfo.domain === 'tongchou.org' && errorInfo.metadata.recordId === invalid.recordId,
      `expected an ErrorInfo of domain tongchou.org naming the record, got ${JSON.stringify(errorInfo)}`);
    console.log('ok refusal names person.idNumber');

    // 3. The accepted fact reaches the feed of the reporting jurisdiction.
    const item = await awaitInFeed(client, token, valid.recordId, after);
    check(item.fact.recorded.receipt.eventId === accepted.receipt.eventId,
      `the feed's receipt differs from Submit's: ${JSON.stringify(item.fact.recorded.receipt)}`);
    check(item.fact.recorded.fact.person.idNumber === '',
      'the feed leaked the ID number');
    console.log(`ok feed delivered ${valid.recordId} at position ${item.position}`);
  } finally {
    client.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.log(`not ok ${error.message}`);
    process.exit(1);
  },
);
