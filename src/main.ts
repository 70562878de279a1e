// The GitHub Action edge: a Host over @actions/core. Inputs arrive as INPUT_* variables, outputs go to
// GITHUB_OUTPUT, the summary to GITHUB_STEP_SUMMARY, and a failure ends through core.setFailed semantics
// (one ::error:: line, exit code 1).

import * as core from '@actions/core';
import type { AnnotationProperties, Host } from './host.js';
import { run } from './run.js';
import { errorMessage } from './errors.js';

export function actionHost(signal: AbortSignal): Host {
  const env = { ...process.env };
  return {
    kind: 'action',
    // getInput reads INPUT_<NAME> with spaces as underscores and the name upper-cased; hyphens stay.
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    warning: (message, properties?: AnnotationProperties) => core.warning(message, properties ?? {}),
    error: (message, properties?: AnnotationProperties) => core.error(message, properties ?? {}),
    appendSummary: async (markdown) => {
      // Outside a runner (no GITHUB_STEP_SUMMARY) there is nowhere to write a summary: skip it quietly.
      if (!env.GITHUB_STEP_SUMMARY) return;
      try {
        await core.summary.addRaw(markdown, true).write();
      } catch (error) {
        // The summary is the run's record, not its result: a summary file that cannot be written never fails a deploy.
        core.summary.emptyBuffer();
        core.warning(`Could not write the job summary: ${errorMessage(error)}`);
      }
    },
    writeStdout: (text) => process.stdout.write(text),
    env,
    signal,
  };
}

export async function main(): Promise<void> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  const code = await run(actionHost(controller.signal));
  if (code !== 0) process.exitCode = 1;
}
