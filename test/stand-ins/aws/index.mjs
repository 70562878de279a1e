// Local AWS stand-in for tests: one node:http server on 127.0.0.1 that speaks the wire
// protocols the AWS SDK v3 uses (awsQuery, ec2Query, awsJson1_1, restJson1, restXml) for
// CloudFormation, EC2, ELBv2, STS, ECS, CloudWatch Logs, Secrets Manager, ECR, EFS and S3,
// with in-memory state, a CloudFormation timeline and failure injection.
//
// Written as plain JavaScript ESM (.mjs) with a hand-written index.d.mts so it runs both
// under ts-jest (typed imports from ../stand-ins/aws/index.mjs) and with plain node for the
// demo, without a compile step:
//
//   node test/stand-ins/aws/serve.mjs [--port 4566] [--step-delay 50]
//
// Point the SDK (or the bundled action) at it with AWS_ENDPOINT_URL=http://127.0.0.1:PORT,
// AWS_ACCESS_KEY_ID=test, AWS_SECRET_ACCESS_KEY=test, AWS_REGION=us-east-1,
// AWS_EC2_METADATA_DISABLED=true. S3 must use path-style addressing (forcePathStyle).
//
// Module map: router.mjs (protocol detection, fault injection, dispatch), protocols.mjs
// (wire formats), state.mjs (in-memory world, pagination, timers), cloudformation/*
// (templates, change sets, stack timeline, API), services/* (one file per service),
// control.mjs (test control API, in-process and over HTTP).
import { createServer } from 'node:http';
import { State } from './state.mjs';
import { handleAws } from './router.mjs';
import { createControl, handleControl, connectAwsStandIn } from './control.mjs';

export { connectAwsStandIn };
export { NO_CHANGES_REASON } from './cloudformation/handlers.mjs';

/**
 * Start a stand-in. Binds 127.0.0.1 only (never another interface); port 0 = ephemeral.
 * @param {{ port?: number, stepDelayMs?: number, pageSize?: number }} [options]
 */
export async function startAwsStandIn(options = {}) {
  const state = new State(options);
  const control = createControl(state);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const done = url.pathname.startsWith('/__control') ? handleControl(control, req, res, url) : handleAws(state, req, res, url);
    done.catch((e) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`stand-in failure: ${e?.stack ?? e}`);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    state,
    control,
    async close() {
      state.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
