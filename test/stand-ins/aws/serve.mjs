#!/usr/bin/env node
// Run the AWS stand-in from plain node (no build): prints the endpoint and the env vars
// to point the action at it; Ctrl-C stops it.
//   node test/stand-ins/aws/serve.mjs [--port 4566] [--step-delay 50] [--page-size 10]
import { parseArgs } from 'node:util';
import { startAwsStandIn } from './index.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '0' }, 'step-delay': { type: 'string', default: '50' }, 'page-size': { type: 'string', default: '10' } },
});
const standIn = await startAwsStandIn({ port: Number(values.port), stepDelayMs: Number(values['step-delay']), pageSize: Number(values['page-size']) });
console.log(`AWS stand-in listening on ${standIn.url}`);
console.log(`  export AWS_ENDPOINT_URL=${standIn.url} AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true`);
console.log(`  control: curl -XPOST ${standIn.url}/__control/requests   (see control.mjs for methods)`);
const stop = async () => {
  await standIn.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
