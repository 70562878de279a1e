// Every template a test generates is saved under COMPOSE_ECS_TEMPLATE_DIR (set by .ci/run) so that CI lints
// them all with AWS's cfn-lint in one batch. Outside CI this does nothing.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function archiveTemplate(name: string, template: unknown): void {
  const dir = process.env.COMPOSE_ECS_TEMPLATE_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'template';
  const text = typeof template === 'string' ? template : JSON.stringify(template, null, 1);
  writeFileSync(join(dir, `${safe}.${typeof template === 'string' && !text.trimStart().startsWith('{') ? 'yaml' : 'json'}`), text);
}
