import { describe, expect, it } from '@jest/globals';
import { ComposeError, UserError } from '../../src/errors.js';
import { annotateDiagnostics, annotateUserError, workspaceRelativePath } from '../../src/github/annotations.js';
import { MemoryHost } from './host.js';

const workspace = '/home/runner/work/shop/shop';

describe('annotations', () => {
  it('places diagnostics in the file, relative to GITHUB_WORKSPACE', () => {
    const host = new MemoryHost({ GITHUB_WORKSPACE: workspace });
    annotateDiagnostics(host, [
      { message: 'build is not supported', key: 'services.web.build', source: { file: `${workspace}/deploy/compose.yaml`, line: 4, column: 5 } },
      { message: 'no position' },
      { message: 'outside', source: { file: '/etc/compose.yaml', line: 2 } },
    ]);
    expect(host.annotations).toEqual([
      { level: 'warning', message: 'services.web.build: build is not supported', properties: { file: 'deploy/compose.yaml', startLine: 4, startColumn: 5 } },
      { level: 'warning', message: 'no position', properties: {} },
      { level: 'warning', message: 'outside', properties: { file: '/etc/compose.yaml', startLine: 2 } },
    ]);
  });

  it('annotates errors, a ComposeError once per diagnostic', () => {
    const host = new MemoryHost({ GITHUB_WORKSPACE: workspace });
    const error = new ComposeError([
      { message: 'must be a number', key: 'services.web.deploy.replicas', source: { file: `${workspace}/compose.yaml`, line: 9, column: 17 } },
      { message: 'unknown key', key: 'services.db.colour', source: { file: `${workspace}/compose.yaml`, line: 20 } },
    ]);
    expect(annotateUserError(host, error)).toBe(true);
    expect(host.annotations.map((annotation) => [annotation.level, annotation.properties?.file, annotation.properties?.startLine])).toEqual([
      ['error', 'compose.yaml', 9],
      ['error', 'compose.yaml', 20],
    ]);
    expect(annotateUserError(new MemoryHost(), new UserError('no stack'))).toBe(false);
    const positioned = new MemoryHost({});
    expect(annotateUserError(positioned, new UserError('bad', { source: { file: 'compose.yaml', line: 1, column: 1 } }))).toBe(true);
    expect(positioned.annotations[0]).toEqual({ level: 'error', message: 'bad', properties: { file: 'compose.yaml', startLine: 1, startColumn: 1 } });
  });

  it('makes paths relative only inside the workspace', () => {
    expect(workspaceRelativePath(`${workspace}/a/b.yaml`, workspace)).toBe('a/b.yaml');
    expect(workspaceRelativePath(`${workspace}-other/b.yaml`, workspace)).toBe(`${workspace}-other/b.yaml`);
    expect(workspaceRelativePath('relative.yaml', workspace)).toBe('relative.yaml');
    expect(workspaceRelativePath(`${workspace}/b.yaml`, undefined)).toBe(`${workspace}/b.yaml`);
  });
});
