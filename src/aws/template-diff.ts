// The read-only preview: when the credentials may read stacks but not create change sets, the deployed template
// (GetTemplate) is compared with the new one by logical id. It knows Add, Remove and Modify (with the top-level
// properties that differ) but not replacements or values resolved at deploy time; a changed resource Type is a
// replacement for certain.

import { parse as parseYaml } from 'yaml';
import type { Template } from '../convert/index.js';
import type { ResourceChange } from '../github/report.js';
import type { AwsClients } from './clients.js';

export async function deployedTemplate(clients: AwsClients, stackName: string): Promise<Template> {
  const { sdk, client } = await clients.cloudFormation();
  const result = await client.send(new sdk.GetTemplateCommand({ StackName: stackName, TemplateStage: 'Original' }));
  return parseTemplateBody(result.TemplateBody ?? '{}');
}

/** JSON or YAML, short-form intrinsics (`!Ref x`) read as their long form so both spellings compare equal. */
export function parseTemplateBody(body: string): Template {
  const trimmed = body.trimStart();
  if (trimmed.startsWith('{')) return JSON.parse(body) as Template;
  const intrinsic = (tag: string, long: string) => ({
    tag: `!${tag}`,
    resolve: (value: unknown) => ({ [long]: tag === 'GetAtt' && typeof value === 'string' ? value.split('.') : value }),
  });
  const names = ['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'Condition'];
  const customTags = [
    { tag: '!Ref', resolve: (value: unknown) => ({ Ref: value }) },
    intrinsic('GetAtt', 'Fn::GetAtt'),
    ...names.map((n) => intrinsic(n, n === 'Condition' ? 'Condition' : `Fn::${n}`)),
  ];
  const collections = customTags.flatMap((t) => [
    { ...t, collection: 'seq' as const },
    { ...t, collection: 'map' as const },
  ]);
  return parseYaml(body, { customTags: [...customTags, ...collections] as never }) as Template;
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const ATTRIBUTES = ['DependsOn', 'Condition', 'DeletionPolicy', 'UpdateReplacePolicy', 'Metadata'] as const;

/** Add/Modify/Remove by logical id, in the new template's order, removals last. */
export function diffTemplates(deployed: Template, next: Template): ResourceChange[] {
  const before = deployed.Resources ?? {};
  const after = next.Resources ?? {};
  const changes: ResourceChange[] = [];
  for (const [logicalId, resource] of Object.entries(after)) {
    const old = before[logicalId];
    if (!old) {
      changes.push({ logicalId, type: resource.Type, action: 'Add', details: [] });
      continue;
    }
    if (old.Type !== resource.Type) {
      changes.push({ logicalId, type: resource.Type, action: 'Modify', replacement: 'True', details: [{ attribute: 'Type', requiresRecreation: 'Always' }] });
      continue;
    }
    const details: ResourceChange['details'] = [];
    const oldProps = old.Properties ?? {};
    const newProps = resource.Properties ?? {};
    for (const name of new Set([...Object.keys(oldProps), ...Object.keys(newProps)])) {
      if (stable(oldProps[name]) !== stable(newProps[name])) details.push({ attribute: 'Properties', name, changeSource: 'DirectModification' });
    }
    for (const attribute of ATTRIBUTES) {
      if (stable(old[attribute]) !== stable(resource[attribute])) details.push({ attribute });
    }
    if (details.length) changes.push({ logicalId, type: resource.Type, action: 'Modify', details });
  }
  for (const [logicalId, resource] of Object.entries(before)) {
    if (!after[logicalId]) changes.push({ logicalId, type: resource.Type, action: 'Remove', details: [] });
  }
  return changes;
}
