// Reporting and (when asked) deleting what outlived a stack. Each deletion is independent: one that fails is
// reported and the rest still run; the caller fails the run afterwards.

import type { AwsClients } from '../aws/clients.js';
import { errorMessage } from '../aws/clients.js';
import type { Host } from '../host.js';
import { deleteFileSystem, formatBytes } from './efs.js';
import { deleteSecret } from './secrets.js';
import type { RetainedResources } from './retained.js';
import { markdownTable, type Table } from './table.js';

export type RetainedFate = 'kept' | 'deleted' | 'in use' | 'failed' | 'scheduled for deletion';

export interface CleanupResult {
  /** By file system id or secret ARN. */
  fates: Map<string, { fate: RetainedFate; detail?: string }>;
  failures: string[];
}

export async function cleanUpRetained(
  clients: AwsClients,
  retained: RetainedResources,
  options: { deleteVolumes: boolean; deleteSecrets: boolean; signal: AbortSignal; host: Host },
): Promise<CleanupResult> {
  const { host } = options;
  const result: CleanupResult = { fates: new Map(), failures: [] };
  for (const fs of retained.fileSystems) {
    const label = `EFS file system ${fs.id}${fs.volume ? ` (volume "${fs.volume}")` : ''}`;
    if (fs.inUseBy) {
      result.fates.set(fs.id, { fate: 'in use', detail: fs.inUseBy });
      host.info(`Retained: ${label}, in use by ${fs.inUseBy}; left alone.`);
      continue;
    }
    if (!options.deleteVolumes) {
      result.fates.set(fs.id, { fate: 'kept' });
      host.info(`Retained: ${label}, ${formatBytes(fs.sizeBytes) || 'size unknown'}. Its data is kept; set "delete-volumes: true" to delete it.`);
      continue;
    }
    try {
      host.info(`Deleting ${label}…`);
      await deleteFileSystem(clients, fs.id, options.signal, host);
      result.fates.set(fs.id, { fate: 'deleted' });
      host.info(`Deleted ${label}.`);
    } catch (error) {
      const message = `${label}: ${errorMessage(error)}`;
      result.fates.set(fs.id, { fate: 'failed', detail: errorMessage(error) });
      result.failures.push(message);
      host.error(`Could not delete ${message}`);
    }
  }
  if (retained.secretsSharedWith.length > 0) {
    host.info(`The project's own secrets are left alone: other stacks of the project may read them (${retained.secretsSharedWith.join(', ')}).`);
  }
  for (const secret of retained.secrets) {
    const arn = secret.ARN ?? '';
    const label = `secret ${secret.Name ?? arn}`;
    if (!options.deleteSecrets) {
      result.fates.set(arn, { fate: 'kept' });
      host.info(`Retained: ${label}. Set "delete-secrets: true" to delete it.`);
      continue;
    }
    try {
      const deletion = await deleteSecret(clients, arn, false);
      const when = deletion.deletionDate ? deletion.deletionDate.toISOString() : 'after the recovery window';
      result.fates.set(arn, { fate: 'scheduled for deletion', detail: when });
      host.info(`Scheduled ${label} for deletion on ${when} (restore it before then with: aws secretsmanager restore-secret --secret-id ${secret.Name ?? arn}).`);
    } catch (error) {
      const message = `${label}: ${errorMessage(error)}`;
      result.fates.set(arn, { fate: 'failed', detail: errorMessage(error) });
      result.failures.push(message);
      host.error(`Could not delete ${message}`);
    }
  }
  return result;
}

/** The "Retained resources" section of the summary, or undefined when nothing was retained. */
export function retainedSummary(retained: RetainedResources, cleanup: CleanupResult): string | undefined {
  if (retained.fileSystems.length === 0 && retained.secrets.length === 0) return undefined;
  const table: Table = { headers: ['Kind', 'Id', 'Name', 'Size', 'Outcome'], rows: [] };
  for (const fs of retained.fileSystems) {
    const fate = cleanup.fates.get(fs.id);
    table.rows.push(['EFS file system', fs.id, fs.volume ?? fs.name ?? '', formatBytes(fs.sizeBytes), fate ? `${fate.fate}${fate.detail ? ` (${fate.detail})` : ''}` : '']);
  }
  for (const secret of retained.secrets) {
    const fate = cleanup.fates.get(secret.ARN ?? '');
    table.rows.push(['Secret', secret.ARN ?? '', secret.Name ?? '', '', fate ? `${fate.fate}${fate.detail ? ` (${fate.detail})` : ''}` : '']);
  }
  const hint = cleanup.fates.size > 0 && [...cleanup.fates.values()].some((f) => f.fate === 'kept') ? '\n\nKept resources: run teardown again with `delete-volumes: true` / `delete-secrets: true` to delete them.' : '';
  return `### Retained resources\n\n${markdownTable(table)}${hint}\n`;
}
