// Run reports for the GitHub tests: small and realistic, with secrets in the places they really occur, and
// large (70 services ≈ 500 changes) for the size budget. Deterministic: no clocks, no randomness.

import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import type { ResourceChange, RunReport, StackEvent } from '../../src/github/report.js';

export const DB_PASSWORD_VALUE = 'hunter2-db-password-value';
export const SECRET_STRING_VALUE = 'sup3r-s3cret-string-value';
export const URL_PASSWORD = 'url-embedded-pass';

export function templateDocument(services: string[] = ['web', 'db']): Record<string, unknown> {
  const resources: Record<string, unknown> = {
    DbCredentials: {
      Type: 'AWS::SecretsManager::Secret',
      Properties: { Name: 'shop-db', SecretString: SECRET_STRING_VALUE },
    },
  };
  for (const service of services) {
    const name = service.charAt(0).toUpperCase() + service.slice(1);
    resources[`${name}TaskDefinition`] = {
      Type: 'AWS::ECS::TaskDefinition',
      Properties: {
        Family: `shop-${service}`,
        ContainerDefinitions: [
          {
            Name: service,
            Image: `registry.example/${service}:1.2.3`,
            Environment: [
              { Name: 'LOG_LEVEL', Value: 'info' },
              { Name: 'DB_PASSWORD', Value: DB_PASSWORD_VALUE },
              { Name: 'DATABASE_URL', Value: `postgres://app:${URL_PASSWORD}@db:5432/shop` },
            ],
          },
        ],
      },
    };
    resources[`${name}Service`] = {
      Type: 'AWS::ECS::Service',
      Properties: { TaskDefinition: { Ref: `${name}TaskDefinition` }, DesiredCount: 1 },
    };
  }
  return { AWSTemplateFormatVersion: '2010-09-09', Description: 'shop', Resources: resources };
}

export function templateInfo(document: Record<string, unknown>, format: 'yaml' | 'json' = 'yaml'): RunReport['template'] {
  const body = format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : stringify(document);
  return { format, body, sha256: createHash('sha256').update(JSON.stringify(document)).digest('hex') };
}

export const RUN = { id: '4242', url: 'https://github.example/acme/shop/actions/runs/4242', sha: '0123456789abcdef0123456789abcdef01234567' };

/** A preview of a change set with one of each action, property values included. */
export function previewReport(): RunReport {
  const changes: ResourceChange[] = [
    {
      logicalId: 'WebTaskDefinition',
      type: 'AWS::ECS::TaskDefinition',
      action: 'Modify',
      replacement: 'True',
      details: [
        {
          attribute: 'Properties',
          name: 'ContainerDefinitions',
          path: '/Properties/ContainerDefinitions/0/Image',
          before: 'registry.example/web:1.2.2',
          after: 'registry.example/web:1.2.3',
          requiresRecreation: 'Always',
          changeSource: 'DirectModification',
          evaluation: 'Static',
        },
        {
          attribute: 'Properties',
          name: 'ContainerDefinitions',
          path: '/Properties/ContainerDefinitions/0/Environment/1/Value',
          before: 'old-db-password',
          after: DB_PASSWORD_VALUE,
          requiresRecreation: 'Always',
          changeSource: 'DirectModification',
        },
      ],
    },
    {
      logicalId: 'WebService',
      type: 'AWS::ECS::Service',
      action: 'Modify',
      replacement: 'False',
      details: [
        {
          attribute: 'Properties',
          name: 'TaskDefinition',
          path: '/Properties/TaskDefinition',
          requiresRecreation: 'Never',
          changeSource: 'ResourceReference',
          causingEntity: 'WebTaskDefinition',
        },
      ],
    },
    {
      logicalId: 'DbCredentials',
      type: 'AWS::SecretsManager::Secret',
      action: 'Modify',
      replacement: 'False',
      details: [
        {
          attribute: 'Properties',
          name: 'SecretString',
          path: '/Properties/SecretString',
          before: 'previous-secret-value',
          after: SECRET_STRING_VALUE,
          requiresRecreation: 'Never',
          changeSource: 'DirectModification',
        },
      ],
    },
    { logicalId: 'CacheService', type: 'AWS::ECS::Service', action: 'Add', details: [] },
    { logicalId: 'LegacyQueue', type: 'AWS::SQS::Queue', action: 'Remove', details: [] },
    { logicalId: 'DbService', type: 'AWS::ECS::Service', action: 'Modify', replacement: 'Conditional', details: [] },
  ];
  return {
    mode: 'preview',
    result: 'success',
    stackName: 'shop-pr-7',
    project: 'shop',
    region: 'eu-west-1',
    preview: { tier: 'change-set', reason: 'the stack exists and the credentials may create change sets', changeSetName: 'shop-4242-1' },
    changes,
    template: templateInfo(templateDocument()),
    warnings: [{ message: 'build is not supported; the image is used as is', key: 'services.web.build', file: 'compose.yaml', line: 4, column: 5 }],
    run: RUN,
    hashes: { modelHash: 'a'.repeat(64), imagesHash: 'b'.repeat(64) },
  };
}

export function failedDeployReport(): RunReport {
  const events: StackEvent[] = [
    { timestamp: '2026-01-02T03:04:05Z', logicalId: 'shop', type: 'AWS::CloudFormation::Stack', status: 'UPDATE_IN_PROGRESS', reason: 'User Initiated' },
    { timestamp: '2026-01-02T03:04:30Z', logicalId: 'WebService', type: 'AWS::ECS::Service', status: 'UPDATE_FAILED', reason: 'Resource handler returned message: "Error occurred during operation \'ECS Deployment Circuit Breaker was triggered\'."' },
    { timestamp: '2026-01-02T03:09:00Z', logicalId: 'shop', type: 'AWS::CloudFormation::Stack', status: 'UPDATE_ROLLBACK_COMPLETE' },
  ];
  return {
    mode: 'deploy',
    result: 'failure',
    stackName: 'shop',
    project: 'shop',
    region: 'eu-west-1',
    stackStatus: 'UPDATE_ROLLBACK_COMPLETE',
    events,
    failure: {
      message: 'The stack update failed and was rolled back: WebService UPDATE_FAILED.',
      rootCauseEvents: [events[1]],
      serviceEvents: [
        { service: 'web', createdAt: '2026-01-02T03:08:00Z', message: '(service shop-web) deployment ecs-svc/123 deployment failed: tasks failed to start.' },
        { service: 'web', createdAt: '2026-01-02T03:06:00Z', message: '(service shop-web) has started 1 tasks: (task abc).' },
      ],
      stoppedTasks: [
        {
          taskId: 'arn:aws:ecs:eu-west-1:123456789012:task/shop/0123456789abcdef',
          service: 'web',
          stoppedReason: 'Essential container in task exited',
          stopCode: 'EssentialContainerExited',
          containers: [{ name: 'web', exitCode: 1, lastLogLines: ['Starting web…', `connecting to postgres://app:${URL_PASSWORD}@db:5432/shop`, 'Error: ECONNREFUSED db:5432'] }],
        },
      ],
    },
    urls: { web: ['http://shop-lb-123.eu-west-1.elb.amazonaws.com:80'] },
    outputs: [{ key: 'WebUrl', value: 'http://shop-lb-123.eu-west-1.elb.amazonaws.com:80', description: 'web endpoint' }],
    links: { ecsCluster: 'https://eu-west-1.console.aws.amazon.com/ecs/v2/clusters/shop/services?region=eu-west-1' },
    run: RUN,
  };
}

/** `count` services, 7 resources each (≈ 500 changes for 70), a template of matching size. */
export function largeReport(serviceCount: number, options: { templatePadding?: number } = {}): RunReport {
  const services = Array.from({ length: serviceCount }, (_, index) => `service${String(index).padStart(3, '0')}`);
  const changes: ResourceChange[] = [];
  const kinds = ['TaskDefinition', 'Service', 'TargetGroup', 'ListenerRule', 'LogGroup', 'ServiceDiscoveryEntry', 'TaskRole'];
  services.forEach((service, index) => {
    const name = service.charAt(0).toUpperCase() + service.slice(1);
    kinds.forEach((kind, kindIndex) => {
      const action = (['Add', 'Modify', 'Modify', 'Remove'] as const)[(index + kindIndex) % 4];
      changes.push({
        logicalId: `${name}${kind}`,
        type: `AWS::ECS::${kind}`,
        action,
        ...(action === 'Modify' ? { replacement: kindIndex % 3 === 0 ? ('True' as const) : ('False' as const) } : {}),
        details:
          action === 'Modify'
            ? [
                {
                  attribute: 'Properties',
                  name: 'ContainerDefinitions',
                  path: '/Properties/ContainerDefinitions/0/Image',
                  before: `registry.example/${service}:1.0.0`,
                  after: `registry.example/${service}:1.0.1`,
                  requiresRecreation: 'Always',
                  changeSource: 'DirectModification',
                },
              ]
            : [],
      });
    });
  });
  const document = templateDocument(services);
  if (options.templatePadding) (document as { Description: string }).Description = 'x'.repeat(options.templatePadding);
  return {
    mode: 'preview',
    result: 'success',
    stackName: 'big',
    project: 'big',
    region: 'us-east-1',
    preview: { tier: 'change-set', reason: 'stack exists' },
    changes,
    template: templateInfo(document),
    run: RUN,
  };
}
