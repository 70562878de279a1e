// Real Compose YAML through the loader and the converter: what the storage concerns see is what a user writes.

import { afterAll, expect, test } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/compose/index.js';
import { renderTemplate } from '../../src/convert/index.js';
import { fileSecretsOf } from '../../src/convert/secrets.js';
import { container, convertStorage, ofType, props } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'storage-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('volumes, a file secret and a GPU service from YAML: the secret value stays out, the upload list points at the file', () => {
  const value = `yaml-secret-${randomUUID()}`;
  writeFileSync(join(dir, 'db_password.txt'), value);
  writeFileSync(
    join(dir, 'compose.yaml'),
    `services:
  app:
    image: nginx
    volumes:
      - db-data:/data:ro
    secrets:
      - source: db_pw
        target: db_password
  learning:
    image: tensorflow/tensorflow:latest-gpu
    deploy:
      resources:
        reservations:
          memory: 16G
          devices:
            - driver: nvidia
              capabilities: [gpu]
              count: 1
volumes:
  db-data:
    driver_opts:
      uid: 1002
      gid: 1002
secrets:
  db_pw:
    file: ./db_password.txt
`,
  );
  const load = () => loadProject({ workingDir: dir, composeFiles: ['compose.yaml'], projectName: 'demo', envFiles: [], profiles: [], env: {} });
  const project = load();
  const r = convertStorage('yaml-storage', project);
  expect(renderTemplate(r.template, 'yaml')).not.toContain(value);
  expect(fileSecretsOf(project, 'demo')).toEqual([{ key: 'db_pw', name: 'compose-ecs/demo/db_pw', file: join(dir, 'db_password.txt') }]);
  expect(container(r, 'app')['MountPoints']).toEqual(
    expect.arrayContaining([
      { ContainerPath: '/data', ReadOnly: true, SourceVolume: 'db-data' },
      { ContainerPath: '/run/secrets', ReadOnly: true, SourceVolume: 'secrets' },
    ]),
  );
  expect(container(r, 'app', 'App_Secrets_InitContainer')['Command'][0]).toContain("'/run/secrets/db_password'");
  expect(props(r, 'DbdataAccessPoint')['PosixUser']).toEqual({ Uid: '1002', Gid: '1002' });
  expect(props(r, 'LearningTaskDefinition')).toMatchObject({ RequiresCompatibilities: ['EC2'], Memory: '16384' });
  expect(ofType(r, 'AWS::ECS::CapacityProvider')).toEqual(['CapacityProvider']);
  expect(renderTemplate(convertStorage('yaml-storage', load()).template, 'yaml')).toBe(renderTemplate(r.template, 'yaml'));
});
