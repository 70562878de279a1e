// A file secret's value, and an environment secret's value, appear in no artifact of any offline mode: not in
// the template, the outputs, the job summary, the log, the printed model, the policy or the local override.
// (deploy's upload is covered in test/modes/deploy.test.ts: there the value only reaches the runner's mask command.)

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, runCli } from '../support/action.js';
import { archiveTemplate } from '../support/templates.js';

const FILE_VALUE = 'file-secret-7f3a9c21-do-not-leak';
const ENV_VALUE = 'env-secret-b81d44e0-do-not-leak';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'secrets-leak-'));
  writeFileSync(join(dir, 'db-password.txt'), `${FILE_VALUE}\n`);
  writeFileSync(
    join(dir, 'compose.yaml'),
    [
      'name: vault',
      'services:',
      '  api:',
      '    image: ghcr.io/example/api:1.0',
      '    ports: ["80:80"]',
      '    secrets: [db-password, api-token]',
      'secrets:',
      '  db-password:',
      '    file: ./db-password.txt',
      '  api-token:',
      '    environment: API_TOKEN',
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectClean(label: string, ...texts: string[]): void {
  for (const text of texts) {
    expect({ label, file: text.includes(FILE_VALUE), env: text.includes(ENV_VALUE) }).toEqual({ label, file: false, env: false });
  }
}

describe('secret values never leave the secret', () => {
  it.each(['convert', 'preview', 'config', 'permissions', 'local'])('%s (action, no credentials)', async (mode) => {
    const run = await runAction(
      { mode, 'working-directory': dir, 'template-path': join(dir, `${mode}.template.json`), 'template-format': 'json', 'local-override-path': join(dir, `${mode}.override.yaml`) },
      { env: { API_TOKEN: ENV_VALUE } },
    );
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    const written = readdirSync(dir).filter((f) => f.startsWith(`${mode}.`)).map((f) => readFileSync(join(dir, f), 'utf8'));
    if (mode === 'convert') {
      expect(written.length).toBe(1);
      archiveTemplate('secrets-never-leak', written[0]);
      // The template refers to the secrets the runtime uploads, by name.
      expect(written[0]).toContain('compose-ecs/vault/db-password');
      expect(written[0]).toContain('compose-ecs/vault/api-token');
    }
    expectClean(mode, run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), ...written);
  });

  it('the CLI prints neither value in convert or config', async () => {
    for (const mode of ['convert', 'config']) {
      const r = await runCli([mode, '--working-directory', dir], { env: { API_TOKEN: ENV_VALUE } });
      expect(r.code).toBe(0);
      expectClean(`cli ${mode}`, r.stdout, r.stderr);
    }
  });
});
