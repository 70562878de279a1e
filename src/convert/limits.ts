// CloudFormation's limits, checked before anything is sent: a failed stack operation costs minutes, this costs
// nothing. Sizes are measured on the canonical minified JSON, the smallest form of the template.

import { UserError } from '../errors.js';
import type { Diagnostic } from '../compose/model.js';
import type { Template } from './index.js';
import { minifiedJson } from './render.js';

export const MAX_RESOURCES = 500;
export const MAX_OUTPUTS = 200;
export const MAX_PARAMETERS = 200;
/** TemplateBody limit; beyond it the template must go through S3. */
export const MAX_INLINE_BYTES = 51_200;
/** Template size limit through S3 (1 MB). */
export const MAX_TEMPLATE_BYTES = 1_048_576;

/** Throws for a template CloudFormation would refuse; returns warnings for what needs care. */
export function checkLimits(template: Template): Diagnostic[] {
  const resources = Object.keys(template.Resources).length;
  if (resources > MAX_RESOURCES) {
    throw new UserError(
      `The template has ${resources} resources, more than CloudFormation's ${MAX_RESOURCES} per stack: split the project into several Compose projects (stacks).`,
    );
  }
  const outputs = Object.keys(template.Outputs ?? {}).length;
  if (outputs > MAX_OUTPUTS) throw new UserError(`The template has ${outputs} outputs, more than CloudFormation's ${MAX_OUTPUTS}: publish fewer ports or split the project.`);
  const parameters = Object.keys(template.Parameters ?? {}).length;
  if (parameters > MAX_PARAMETERS) throw new UserError(`The template has ${parameters} parameters, more than CloudFormation's ${MAX_PARAMETERS}.`);
  const bytes = Buffer.byteLength(minifiedJson(template), 'utf8');
  if (bytes > MAX_TEMPLATE_BYTES) {
    throw new UserError(`The template is ${bytes} bytes, more than CloudFormation's ${MAX_TEMPLATE_BYTES} (1 MB) even through S3: split the project into several Compose projects (stacks).`);
  }
  if (bytes > MAX_INLINE_BYTES) {
    return [
      {
        message: `The template is ${bytes} bytes (minified JSON), more than the ${MAX_INLINE_BYTES} bytes CloudFormation accepts inline: deploying it needs the s3-bucket input.`,
      },
    ];
  }
  return [];
}
