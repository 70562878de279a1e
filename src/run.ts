// The shared body of both edges: pick the mode, run it, and turn any failure into one clear error line.
// A UserError is the user's to fix and prints without a stack trace; anything else is our bug, printed as
// one line plus the stack at debug level.

import type { Host } from './host.js';
import { readInputs } from './inputs.js';
import { runMode } from './modes/index.js';
import { UsageError, UserError } from './errors.js';
import { annotationOf } from './diagnostics.js';

export type ExitCode = 0 | 1 | 2;

export async function run(host: Host): Promise<ExitCode> {
  try {
    const inputs = readInputs(host);
    const mode = inputs.mode();
    await runMode(mode, { host, inputs });
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      const first = error.diagnostics[0];
      host.error(error.message, first ? annotationOf(host, first) : error.source ? annotationOf(host, { message: error.message, source: error.source, key: error.key }) : undefined);
      return error instanceof UsageError ? 2 : 1;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    host.debug(err.stack ?? String(err));
    host.error(`Internal error: ${err.message}. This is a bug in compose-ecs-action; please report it with the debug log.`);
    return 1;
  }
}
