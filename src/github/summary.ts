// The job summary: the same renderer as the pull-request comment, with the summary's 1 MiB budget. Written
// by the caller in a `finally`, so a failed run gets its "why it failed" section too; writing it must never
// replace the run's real error with its own.

import type { Host } from '../host.js';
import { renderReport, type RenderedReport } from './render.js';
import type { RunReport } from './report.js';
import { errorMessage } from '../errors.js';

export interface SummaryOptions {
  /** The `redact-environment` input. */
  redactEnvironment?: boolean;
  /** Override of the byte limit (tests). */
  limit?: number;
}

/** Renders the report and appends it to the job summary. Never throws: a failure to write is a warning. */
export async function writeSummary(host: Host, report: RunReport, options: SummaryOptions = {}): Promise<RenderedReport | undefined> {
  try {
    const rendered = renderReport(report, {
      target: 'summary',
      redaction: { redactAllEnvironment: options.redactEnvironment ?? false },
      ...(options.limit !== undefined ? { limit: options.limit } : {}),
    });
    if (rendered.trimmed.length > 0) host.info(`The job summary was shortened to fit ${rendered.limit} bytes (left out: ${rendered.trimmed.join(', ')}).`);
    await host.appendSummary(rendered.markdown);
    return rendered;
  } catch (error) {
    host.warning(`Could not write the job summary: ${errorMessage(error)}`);
    return undefined;
  }
}
