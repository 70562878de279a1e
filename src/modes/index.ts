// Mode registry. Each mode lives in its own file and is imported only when chosen, so `convert` never loads
// the AWS SDK or Octokit (they sit behind dynamic imports, in separate bundle chunks).

import type { Host } from '../host.js';
import type { Inputs } from '../inputs.js';
import type { Mode } from '../interface.js';

export interface ModeContext {
  host: Host;
  inputs: Inputs;
}

export type ModeRunner = (context: ModeContext) => Promise<void>;

/** Every mode, in the order of the interface table; the type makes a missing one a compile error. */
const RUNNERS: Record<Mode, () => Promise<ModeRunner>> = {
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
  const run = await RUNNERS[mode]();
  await run(context);
}
