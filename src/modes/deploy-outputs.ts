// deploy's outputs after the stack reached its final state: stack-id, status, the stack Outputs as JSON, and
// the public URLs by service. The converter emits one Output per published port, `<S><PROTO><port>Url`, valued
// `<scheme>://<load balancer DNS>:<port>` (convert/loadbalancer.ts); the service is found by its normalised name.

import type { Stack } from '@aws-sdk/client-cloudformation';
import type { Project } from '../compose/model.js';
import { normalizeResourceName } from '../convert/naming.js';
import type { Host } from '../host.js';
import type { RunReport, StackOutput } from '../github/report.js';

export function stackOutputs(stack: Stack | undefined): StackOutput[] {
  return (stack?.Outputs ?? []).flatMap((o) =>
    o.OutputKey ? [{ key: o.OutputKey, value: o.OutputValue ?? '', ...(o.Description ? { description: o.Description } : {}) }] : [],
  );
}

/** Service name → its public URLs, in output-key order. */
export function serviceUrls(project: Project, outputs: StackOutput[]): Record<string, string[]> {
  const byNormalized = new Map(Object.keys(project.services).map((name) => [normalizeResourceName(name), name]));
  const urls: Record<string, string[]> = {};
  for (const output of outputs) {
    const match = /^(.+?)(TCP|UDP)(\d+)Url$/.exec(output.key);
    if (!match) continue;
    const service = byNormalized.get(match[1]) ?? /^Public endpoint of service (.+), port /.exec(output.description ?? '')?.[1];
    if (service === undefined || !/^[a-z]+:\/\//.test(output.value)) continue;
    (urls[service] ??= []).push(output.value);
  }
  return urls;
}

/** Sets stack-id, status, outputs, urls and url, and fills the report. */
export function publishStackOutputs(host: Host, project: Project, stack: Stack | undefined, report: RunReport): void {
  const outputs = stackOutputs(stack);
  const urls = serviceUrls(project, outputs);
  const first = Object.values(urls).flat()[0];
  if (stack?.StackId) host.setOutput('stack-id', stack.StackId);
  if (stack?.StackStatus) host.setOutput('status', stack.StackStatus);
  host.setOutput('outputs', JSON.stringify(Object.fromEntries(outputs.map((o) => [o.key, o.value]))));
  host.setOutput('urls', JSON.stringify(urls));
  host.setOutput('url', first ?? '');
  report.outputs = outputs;
  report.urls = urls;
  report.stackStatus = stack?.StackStatus;
  for (const [service, list] of Object.entries(urls)) host.info(`${service}: ${list.join(' ')}`);
}
