// Every AWS call the runtime makes must be allowed by the policy `permissions` prints. This test finds the calls
// in the source — `new <x>.<Name>Command(…)`, `paginate<Name>(…)`, `waitUntil<State>(…)` — and asks the
// TypeScript checker which @aws-sdk/client-* package each one comes from (`sdk.DeleteStackCommand` is typed by
// its client module, however the module was obtained), so it holds for code written after it:
//   - every call anywhere in src/ must be allowed by the policy of all AWS modes together;
//   - a call in a file only one mode reaches (src/modes/<mode>.ts, src/modes/<mode>-*.ts and what they import)
//     must be allowed by that mode's own policy.
// A new SDK call without its line in src/permissions/runtime-calls.ts fails here, naming the file and the action.

import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { AWS_MODES, type Mode } from '../../src/interface.js';
import { derivePolicy, policyAllows } from '../../src/permissions/policy.js';
import type { Template } from '../../src/convert/index.js';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const src = join(root, 'src');

/** IAM service prefix of each SDK client package. */
const IAM_PREFIX: Record<string, string> = {
  'client-cloudformation': 'cloudformation',
  'client-ec2': 'ec2',
  'client-ecs': 'ecs',
  'client-cloudwatch-logs': 'logs',
  'client-secrets-manager': 'secretsmanager',
  'client-efs': 'elasticfilesystem',
  'client-s3': 's3',
  'client-ecr': 'ecr',
  'client-elastic-load-balancing-v2': 'elasticloadbalancing',
  'client-sts': 'sts',
};

/** SDK operations authorised under another IAM action name. */
const IAM_ACTION_OF: Record<string, string> = {
  's3:HeadObject': 's3:GetObject',
  's3:HeadBucket': 's3:ListBucket',
  's3:ListObjectsV2': 's3:ListBucket',
  's3:CreateMultipartUpload': 's3:PutObject',
  's3:UploadPart': 's3:PutObject',
  's3:CompleteMultipartUpload': 's3:PutObject',
  's3:DeleteObjects': 's3:DeleteObject',
};

interface FoundCall {
  file: string;
  line: number;
  action: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** The @aws-sdk client package a declaration lives in, if any. */
function clientPackageOf(declarationFile: string): string | undefined {
  const match = /node_modules[\\/]@aws-sdk[\\/](client-[a-z0-9-]+)[\\/]/.exec(declarationFile);
  return match?.[1];
}

/** The operations a waiter polls, read from the client's own waiter code (`new DescribeStacksCommand(input)`). */
function waiterOperations(clientPackage: string, waiterName: string): string[] {
  const file = join(root, 'node_modules', '@aws-sdk', clientPackage, 'dist-es', 'waiters', `${waiterName.replace(/^waitUntil/, 'waitFor')}.js`);
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(/new (\w+)Command\(/g)].map((m) => m[1]!);
}

function findCalls(files: string[]): FoundCall[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const calls: FoundCall[] = [];
  const declarationFileOf = (node: ts.Node): string | undefined => {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.declarations?.[0]?.getSourceFile().fileName;
  };
  const record = (sourceFile: ts.SourceFile, node: ts.Node, clientPackage: string, operation: string) => {
    const prefix = IAM_PREFIX[clientPackage];
    if (prefix === undefined) throw new Error(`${relative(root, sourceFile.fileName)}: @aws-sdk/${clientPackage} has no IAM prefix in this test: add it to IAM_PREFIX.`);
    const action = `${prefix}:${operation}`;
    calls.push({ file: relative(root, sourceFile.fileName), line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, action: IAM_ACTION_OF[action] ?? action });
  };
  for (const file of files) {
    const sourceFile = program.getSourceFile(file);
    if (!sourceFile) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node)) {
        const target = ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression;
        const name = target.getText(sourceFile);
        if (name.endsWith('Command')) {
          const declaredIn = declarationFileOf(target);
          const clientPackage = declaredIn ? clientPackageOf(declaredIn) : undefined;
          if (clientPackage) record(sourceFile, node, clientPackage, name.replace(/Command$/, ''));
        }
      } else if (ts.isCallExpression(node)) {
        const target = ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression;
        const name = target.getText(sourceFile);
        if (/^(paginate|waitUntil)[A-Z]/.test(name)) {
          const declaredIn = declarationFileOf(target);
          const clientPackage = declaredIn ? clientPackageOf(declaredIn) : undefined;
          if (clientPackage) {
            const operations = name.startsWith('paginate') ? [name.slice('paginate'.length)] : waiterOperations(clientPackage, name);
            for (const operation of operations) record(sourceFile, node, clientPackage, operation);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return calls;
}

/** Relative imports (static and dynamic) of a file, as absolute .ts paths. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name).replace(/\.js$/, '.ts'))
    .filter((path) => existsSync(path));
}

/** src/modes/<mode>.ts and src/modes/<mode>-*.ts */
function isModeFile(file: string, mode: Mode): boolean {
  const rel = relative(join(src, 'modes'), file);
  return !rel.includes(sep) && (rel === `${mode}.ts` || rel.startsWith(`${mode}-`));
}

/** Files each mode reaches from its own files. */
function filesByMode(files: string[]): Map<Mode, Set<string>> {
  const reached = new Map<Mode, Set<string>>();
  for (const mode of AWS_MODES) {
    const entries = files.filter((f) => isModeFile(f, mode));
    const seen = new Set<string>();
    const queue = [...entries];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...importsOf(file));
    }
    reached.set(mode, new Set([...seen].map((f) => relative(root, f))));
  }
  return reached;
}

// A template with no resources: runtime calls do not depend on it (resource actions are tested in policy.test.ts).
const EMPTY_TEMPLATE: Template = { AWSTemplateFormatVersion: '2010-09-09', Resources: {} };
const policyFor = (modes: readonly Mode[]) =>
  derivePolicy({ template: EMPTY_TEMPLATE, stackName: 'demo', modes, s3Bucket: 'templates-bucket', s3Prefix: 'compose-ecs-action/' }).policy;

describe('SDK calls in src/ are allowed by the derived policy', () => {
  const files = sourceFiles(src).filter((f) => !f.startsWith(join(src, 'permissions')));
  const calls = findCalls(files);

  it('finds the runtime calls (the scan itself works)', () => {
    // The runtime sends at least its stack reads; if this finds nothing, the scan broke, not the runtime.
    if (files.some((f) => readFileSync(f, 'utf8').includes('@aws-sdk/client-cloudformation'))) {
      expect(calls.some((c) => c.action.startsWith('cloudformation:'))).toBe(true);
    }
  });

  it('allows every call with the policy of all AWS modes', () => {
    const union = policyFor(AWS_MODES);
    const missing = calls.filter((c) => !policyAllows(union, c.action)).map((c) => `${c.file}:${c.line} ${c.action}`);
    expect(missing).toEqual([]);
  });

  it("allows each mode's own calls with that mode's policy", () => {
    const reached = filesByMode(files);
    const missing: string[] = [];
    for (const mode of AWS_MODES) {
      const policy = policyFor([mode]);
      for (const call of calls) {
        // A mode's own files are its own, even when another mode imports them (deploy reusing preview's code).
        const ownFile = isModeFile(join(root, call.file), mode);
        const modesReaching = AWS_MODES.filter((m) => reached.get(m)!.has(call.file));
        // Any other file shared by several modes may hold calls only one of them makes: the union test covers it.
        const onlyThisMode = modesReaching.length === 1 && modesReaching[0] === mode;
        if ((ownFile || onlyThisMode) && !policyAllows(policy, call.action)) {
          missing.push(`${mode}: ${call.file}:${call.line} ${call.action}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
