// Rendering and hashing: deterministic, format-independent, and golden templates of whole projects.

import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Project } from '../../src/compose/model.js';
import { renderTemplate, templateSha256 } from '../../src/convert/index.js';
import type { ConvertOptions } from '../../src/convert/index.js';
import { network, project, service } from './factory.js';
import { convert } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('renderTemplate / templateSha256', () => {
  const r = convert(project([service('web', { ports: [{ target: 80 }] })]));

  test('YAML and JSON carry the same data; sections in CloudFormation order, keys sorted below', () => {
    const yaml = renderTemplate(r.template, 'yaml');
    const json = renderTemplate(r.template, 'json');
    expect(parse(yaml)).toEqual(JSON.parse(json));
    expect(Object.keys(JSON.parse(json))).toEqual(['AWSTemplateFormatVersion', 'Conditions', 'Resources', 'Outputs']);
    expect(Object.keys(JSON.parse(json).Resources.WebService.Properties)).toEqual([...Object.keys(r.template.Resources['WebService']!.Properties!)].sort());
    expect(yaml.startsWith('AWSTemplateFormatVersion: 2010-09-09\n')).toBe(true);
  });

  test('the hash ignores key order and formatting, and changes with content', () => {
    const reordered = Object.fromEntries(Object.entries(r.template).reverse());
    const shuffled = { ...reordered, Resources: Object.fromEntries(Object.entries(r.template.Resources).reverse()) };
    expect(templateSha256(shuffled as typeof r.template)).toBe(templateSha256(r.template));
    expect(templateSha256(JSON.parse(renderTemplate(r.template, 'json')))).toBe(templateSha256(r.template));
    expect(templateSha256(r.template)).toMatch(/^[0-9a-f]{64}$/);
    const changed = convert(project([service('web', { ports: [{ target: 80 }], image: 'nginx:2' })]));
    expect(templateSha256(changed.template)).not.toBe(templateSha256(r.template));
  });

  test('conversion is deterministic', () => {
    const again = convert(project([service('web', { ports: [{ target: 80 }] })]));
    expect(renderTemplate(again.template, 'yaml')).toBe(renderTemplate(r.template, 'yaml'));
  });
});

// Goldens: whole templates reviewed once, then pinned. Regenerate with UPDATE_GOLDEN=1 and review the diff.
const G = 1024 ** 3;
const goldens: Array<[string, Project, Partial<ConvertOptions>]> = [
  ['simple-alb', project([service('simple', { ports: [{ target: 80 }] })]), {}],
  [
    'shop-nlb-networks-scaling',
    project(
      [
        service('front-end', {
          image: 'example/shop:1.4',
          ports: [{ target: 80 }, { target: 8443 }],
          networks: { public: null, internal: null },
          dependsOn: { api: { condition: 'service_started', required: true } },
          environment: { API_URL: 'http://api:8080' },
          healthcheck: { test: ['CMD', 'wget', '-qO-', 'localhost/health'], interval: 10, timeout: 3, retries: 3, startPeriod: 20 },
        }),
        service('api', {
          image: 'example/api:2',
          networks: { internal: null },
          deploy: {
            replicas: 3,
            labels: {},
            resources: { limits: { cpus: 1, memory: 2 * G, devices: [], genericResources: [] } },
            updateConfig: { parallelism: 1, extensions: {} },
            extensions: { 'x-aws-autoscaling': { min: 2, max: 6, cpu: 70 } },
          },
          extensions: { 'x-aws-role': { Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] }, 'x-aws-assign_public_ip': false },
        }),
      ],
      { networks: { public: network('public'), internal: network('internal', { internal: true }) }, extensions: { 'x-aws-logs_retention': 30 } },
    ),
    {},
  ],
  ['unresolved-network', project([service('web', { ports: [{ target: 443 }] })]), { network: {} }],
];

describe('golden templates', () => {
  test.each(goldens)('%s', (name, p, options) => {
    const yaml = renderTemplate(convert(p, options).template, 'yaml');
    const file = join(here, 'golden', `${name}.yaml`);
    if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) writeFileSync(file, yaml);
    expect(yaml).toBe(readFileSync(file, 'utf8'));
  });
});
