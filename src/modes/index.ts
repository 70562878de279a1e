// Mode registry. Each mode lives in its own file and is imported only when chosen, so `convert` never loads
// the AWS SDK or Octokit (they sit behind dynamic imports, in separate bundle chunks).

import type { Host } from '../host.js';
import type { Inputs } from '../inputs.js';
import type { Mode } from '../interface.js';
import { UsageError } from '../errors.js';

export interface ModeContext {
  host: Host;
  inputs: Inputs;
}

export type ModeRunner = (context: ModeContext) => Promise<void>;

const RUNNERS: Partial<Record<Mode, () => Promise<ModeRunner>>> = {
  convert: async () => (await import('./convert.js')).runConvert,
  config: async () => (await import('./config.js')).runConfig,
  local: async () => (await import('./local.js')).runLocal,
  permissions: async () => (await import('./permissions.js')).runPermissions,
  teardown: async () => (await import('./teardown.js')).runTeardown,
  status: async () => (await import('./status.js')).runStatus,
  logs: async () => (await import('./logs.js')).runLogs,
  secret: async () => (await import('./secret.js')).runSecret,
  volume: async () => (await import('./volume.js')).runVolume,
  preview: async () => (await import('./preview.js')).runPreview,
  deploy: async () => (await import('./deploy.js')).runDeploy,
};

export async function runMode(mode: Mode, context: ModeContext): Promise<void> {
  const load = RUNNERS[mode];
  if (!load) {
    const built = Object.keys(RUNNERS).join(', ');
    throw new UsageError(`Mode "${mode}" is not available in this version yet. Available modes: ${built}.`);
  }
  const run = await load();
  await run(context);
}
