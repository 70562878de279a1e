// `npm run demo` end to end: scripts/demo.mjs with plain node (no jest or ts-jest at its run time), starting
// the AWS stand-in in its own process and running the bundled CLI through the whole life of examples/webapp.

import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { distDir, isolatedEnv, repoRoot } from './support/action.js';

function runDemo(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'scripts', 'demo.mjs')], {
      cwd: repoRoot,
      // Real-looking AWS settings in the caller's environment must not leak into the demo's runs.
      env: isolatedEnv({ COMPOSE_ECS_DIST: distDir, AWS_PROFILE: 'production', AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL: 'http://192.0.2.1:1' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // A safety net, not a timing assertion.
    const timer = setTimeout(() => child.kill('SIGKILL'), 110_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('npm run demo', () => {
  it('previews, deploys, shows status and logs, and tears down examples/webapp against the local stand-in', async () => {
    const { code, output } = await runDemo();
    expect(output).toContain('✓ Demo finished');
    expect(code).toBe(0);
    for (const step of ['1/5 preview', '2/5 deploy', '3/5 status', '4/5 logs', '5/5 teardown']) expect(output).toContain(step);
    expect(output).toContain('28 to add');
    expect(output).toMatch(/web\s+2\s+2\s+0\s+COMPLETED\s+http:\/\//);
    expect(output).toMatch(/^api +\| [0-9a-f]{8} \| listening on :8080$/m);
    expect(output).toContain('Stack webapp deleted.');
    expect(output).toMatch(/The app was published at http:\/\/\S+/);
    // Long templates are shortened on screen.
    expect(output).toMatch(/… \(\d+ more lines\)/);
  }, 120_000);
});
