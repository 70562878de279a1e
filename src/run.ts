// The shared body of both edges: pick the mode, run it, and turn any failure into one clear error line.
// A UserError is the user's to fix and prints without a stack trace; anything else is our bug, printed as
// one line plus the stack at debug level. Every mode leaves a job summary, failed runs included: a mode that
// failed before writing its own gets the renderer's failure section here.

import type { Host } from './host.js';
import { readInputs, type Inputs } from './inputs.js';
import { runMode } from './modes/index.js';
import { UsageError, UserError } from './errors.js';
import { annotationOf } from './diagnostics.js';
import type { Mode } from './interface.js';

export type ExitCode = 0 | 1 | 2;

export async function run(host: Host): Promise<ExitCode> {
  let summaryWritten = false;
  const tracked: Host = Object.assign(Object.create(host) as Host, {
    appendSummary: async (markdown: string) => {
      summaryWritten = true;
      await host.appendSummary(markdown);
    },
  });
  let inputs: Inputs | undefined;
  let mode: Mode | undefined;
  try {
    inputs = readInputs(tracked);
    mode = inputs.mode();
    await runMode(mode, { host: tracked, inputs });
    return 0;
  } catch (error) {
    const message = report(host, error);
    // In a terminal the error line says it all; on a runner the summary is the run's record.
    if (host.kind === 'action' && mode !== undefined && inputs !== undefined && !summaryWritten) await writeFailureSummary(host, mode, inputs, message);
    return error instanceof UsageError ? 2 : 1;
  }
}

/** Prints the error as one line (with an annotation when it points into a file) and returns that line. */
function report(host: Host, error: unknown): string {
  if (error instanceof UserError) {
    const first = error.diagnostics[0];
    const at = first ?? (error.source ? { message: error.message, source: error.source, key: error.key } : undefined);
    host.error(error.message, at ? annotationOf(host, at) : undefined);
    return error.message;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  host.debug(err.stack ?? String(err));
  const message = `Internal error: ${err.message}. This is a bug in compose-ecs-action; please report it with the debug log.`;
  host.error(message);
  return message;
}

async function writeFailureSummary(host: Host, mode: Mode, inputs: Inputs, message: string): Promise<void> {
  // Loaded only on this path: a successful convert never pays for the renderer.
  const { writeSummary } = await import('./github/summary.js');
  const project = inputs.string('project-name');
  await writeSummary(host, {
    mode,
    result: 'failure',
    stackName: inputs.string('stack-name') || project || '(not resolved)',
    project: project || '(not resolved)',
    failure: { message, rootCauseEvents: [], serviceEvents: [], stoppedTasks: [] },
  });
}
