// x-aws-cloudformation: a CloudFormation fragment merged over the generated template, last, for YAML and JSON
// output alike (Docker refused overlays with JSON output). Docker's (kyaml merge2) semantics: maps deep-merge,
// scalars and lists replace (lists are not appended, #2160), and a `null` value deletes the key.

import type { ConversionContext } from './context.js';
import type { Template } from './index.js';

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `overlay` merged over `base`, neither modified. */
export function deepMerge(base: unknown, overlay: unknown): unknown {
  if (!isMapping(base) || !isMapping(overlay)) return structuredClone(overlay);
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    if (value === null) delete merged[key];
    else merged[key] = key in base ? deepMerge(base[key], value) : structuredClone(value);
  }
  return merged;
}

export function applyOverlay(ctx: ConversionContext): Template {
  const overlay = ctx.project.extensions['x-aws-cloudformation'];
  if (overlay === undefined || overlay === null) return ctx.template;
  if (!isMapping(overlay)) throw ctx.error('x-aws-cloudformation must be a mapping: a fragment of the CloudFormation template (Resources, Outputs, …).', 'x-aws-cloudformation');
  const resources = overlay['Resources'];
  if (resources !== undefined && resources !== null) {
    if (!isMapping(resources)) throw ctx.error('x-aws-cloudformation.Resources must be a mapping of logical IDs.', 'x-aws-cloudformation.Resources');
    for (const [id, resource] of Object.entries(resources)) {
      if (resource === null) continue;
      if (!isMapping(resource)) throw ctx.error(`x-aws-cloudformation.Resources.${id} must be a mapping.`, `x-aws-cloudformation.Resources.${id}`);
      // A new resource needs a type; a typo in an existing ID would otherwise become a broken resource.
      if (!(id in ctx.template.Resources) && typeof resource['Type'] !== 'string') {
        const generated = Object.keys(ctx.template.Resources).sort();
        const listed = generated.length > 30 ? `${generated.slice(0, 30).join(', ')}, …` : generated.join(', ');
        throw ctx.error(
          `x-aws-cloudformation.Resources.${id} is not a generated resource and has no Type: check the logical ID (generated: ${listed}).`,
          `x-aws-cloudformation.Resources.${id}`,
        );
      }
    }
  }
  const merged = deepMerge(ctx.template, overlay) as Template;
  if (!isMapping(merged.Resources)) throw ctx.error('x-aws-cloudformation must not delete Resources.', 'x-aws-cloudformation');
  return merged;
}
