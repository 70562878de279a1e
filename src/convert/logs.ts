// CloudWatch Logs: one `LogGroup` named `/docker-compose/<stack>` (Docker's name, so `logs` finds earlier
// stacks' logs), retention from x-aws-logs_retention, and every container logging to it with the awslogs driver.
// `logging.options` keys starting with `awslogs-` override the defaults (a user may redirect group, region or
// prefix); other options and other drivers cannot work on Fargate's awslogs setup and are reported.

import type { Service } from '../compose/model.js';
import type { ConversionContext } from './context.js';
import { ref } from './context.js';
import { ExtensionReader } from './extensions.js';

export const LOG_GROUP = 'LogGroup';

/** CloudWatch Logs' accepted retention periods, in days. */
const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

/** The awslogs driver options ECS accepts. */
const AWSLOGS_OPTIONS = ['awslogs-create-group', 'awslogs-datetime-format', 'awslogs-group', 'awslogs-multiline-pattern', 'awslogs-region', 'awslogs-stream-prefix'];

export function createLogGroup(ctx: ConversionContext): void {
  const retention = new ExtensionReader(ctx, ctx.project.extensions, '').integer('x-aws-logs_retention', 0, 3653);
  if (retention !== undefined && retention !== 0 && !RETENTION_DAYS.includes(retention)) {
    throw ctx.error(`x-aws-logs_retention must be one of CloudWatch Logs' retention periods (${RETENTION_DAYS.join(', ')} days), got ${retention}.`, 'x-aws-logs_retention');
  }
  ctx.addResource(LOG_GROUP, {
    Type: 'AWS::Logs::LogGroup',
    Properties: {
      LogGroupName: `/docker-compose/${ctx.stackName}`,
      // 0 (Docker's "unset") keeps logs forever.
      ...(retention ? { RetentionInDays: retention } : {}),
      Tags: ctx.tags(),
    },
  });
}

/** Reports logging settings ECS cannot honour (once per service). */
export function checkLogging(ctx: ConversionContext, service: Service): void {
  const logging = service.logging;
  const key = `services.${service.name}.logging`;
  if (logging?.driver !== undefined && logging.driver !== '' && logging.driver !== 'awslogs') {
    ctx.warn(`logging driver "${logging.driver}" is replaced by awslogs (CloudWatch Logs) on ECS.`, `${key}.driver`);
  }
  for (const name of Object.keys(logging?.options ?? {}).sort()) {
    if (!name.startsWith('awslogs-')) ctx.warn(`logging option "${name}" is ignored: only awslogs-* options apply on ECS.`, `${key}.options.${name}`);
    // Passed through as Docker did, but ECS will refuse the task definition: say so now.
    else if (!AWSLOGS_OPTIONS.includes(name)) {
      const hint = name === 'awslogs-datetime-pattern' ? ' (did you mean awslogs-datetime-format?)' : '';
      ctx.warn(`"${name}" is not an awslogs option ECS accepts (${AWSLOGS_OPTIONS.join(', ')})${hint}.`, `${key}.options.${name}`);
    }
  }
}

/** The LogConfiguration of every container of a service (init containers included). */
export function logConfiguration(ctx: ConversionContext, service: Service): Record<string, unknown> {
  const options: Record<string, unknown> = {
    'awslogs-group': ref(LOG_GROUP),
    'awslogs-region': ref('AWS::Region'),
    'awslogs-stream-prefix': ctx.stackName,
  };
  const given = service.logging?.options ?? {};
  for (const name of Object.keys(given).sort()) {
    if (name.startsWith('awslogs-')) options[name] = given[name];
  }
  return { LogDriver: 'awslogs', Options: options };
}
