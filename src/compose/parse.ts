// Pass 1 — read a Compose file and turn each YAML document into a plain tree, recording on the way:
//   - the position of every key and sequence item (for diagnostics and Project.positions);
//   - the paths tagged `!reset` (value dropped) and `!override` (value kept, replaces wholesale when merged);
//   - CloudFormation short tags, read as their long forms, but only inside `x-aws-cloudformation`.
// We walk the `yaml` package's node tree ourselves instead of calling toJS() because we need positions, tags
// and compose-go's key rules (string keys only, duplicate keys named) in the same walk, and an expansion
// budget that stops alias bombs before they allocate (compose-go: 100,000 node visits per document).

import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseAllDocuments, isAlias, isMap, isScalar, isSeq, isPair, Scalar } from 'yaml';
import type { Document, Node as YamlNode, YAMLMap } from 'yaml';
import { DiagnosticBag, fail, keyOf, setKey } from './diagnostics.js';
import type { Mapping, PositionMap, TreePath } from './diagnostics.js';
import { errorMessage } from '../errors.js';

/** Files above this size are refused before parsing (a Compose file is a few KiB; this is a safety net). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** compose-go's limit on node visits per document, which also bounds alias expansion. */
export const MAX_NODE_VISITS = 100_000;

export interface ParsedDocument {
  file: string;
  /** 0-based index of the document in its file (`---` separated). */
  index: number;
  /** The document's top-level mapping (null for an empty document). */
  value: Mapping | null;
  positions: PositionMap;
  /** Paths whose value was tagged `!reset`: removed from what earlier files defined. */
  resets: TreePath[];
  /** Paths whose value was tagged `!override`: replaces what earlier files defined, without merge rules. */
  overrides: TreePath[];
}

/** CloudFormation short-form tags and the long-form key they stand for. */
const CLOUDFORMATION_TAGS: Record<string, string> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!GetAtt': 'Fn::GetAtt',
  '!Sub': 'Fn::Sub',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!If': 'Fn::If',
  '!Equals': 'Fn::Equals',
  '!Not': 'Fn::Not',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!FindInMap': 'Fn::FindInMap',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
};

/** The key under which CloudFormation short tags are allowed. */
export const CLOUDFORMATION_OVERLAY_KEY = 'x-aws-cloudformation';

/** Reads a Compose (or env) file as UTF-8 text, refusing what cannot be one with a message saying what to do. */
export function readTextFile(file: string, what = 'Compose file'): string {
  let size: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) fail(`${file} is a directory, not a ${what}: pass the path of the file itself`, undefined, { file });
    size = stats.size;
  } catch (error) {
    if (error instanceof Error && 'diagnostics' in error) throw error;
    fail(describeFsError(error, file, what), undefined, { file });
  }
  if (size > MAX_FILE_BYTES) {
    fail(`${file} is ${(size / 1024 / 1024).toFixed(1)} MiB: a ${what} larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB is refused (is this the right file?)`, undefined, { file });
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    fail(describeFsError(error, file, what), undefined, { file });
  }
  if (bytes.includes(0)) fail(`${file} is not a text file (it contains NUL bytes): a ${what} must be UTF-8 text`, undefined, { file });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${file} is not valid UTF-8 text: a ${what} must be UTF-8 encoded`, undefined, { file });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function describeFsError(error: unknown, file: string, what: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${what} ${file} not found: check the path (relative paths start at the working directory)`;
  if (code === 'EACCES' || code === 'EPERM') return `cannot read ${what} ${file}: permission denied; make it readable by this user`;
  if (code === 'EISDIR') return `${file} is a directory, not a ${what}: pass the path of the file itself`;
  return `cannot read ${what} ${file}: ${errorMessage(error)}`;
}

/** Reads and parses a Compose file into its documents. */
export function parseComposeFile(file: string): ParsedDocument[] {
  return parseComposeYaml(readTextFile(file), file);
}

/** Parses Compose YAML text (every document); throws ComposeError with every syntax problem found. */
export function parseComposeYaml(text: string, file: string): ParsedDocument[] {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, merge: true, uniqueKeys: false, prettyErrors: false, schema: 'core' });
  const bag = new DiagnosticBag(undefined, file);
  if (!Array.isArray(documents)) return []; // an empty stream
  const parsed: ParsedDocument[] = [];
  documents.forEach((document, index) => {
    for (const error of document.errors) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      bag.add(`invalid YAML: ${firstLine(error.message)}`, undefined, { file, line, column: col });
    }
    if (document.errors.length > 0) return;
    const walker = new DocumentWalker(document, file, lineCounter, bag, text);
    const value = walker.toTree();
    parsed.push({ file, index, value, positions: walker.positions, resets: walker.resets, overrides: walker.overrides });
  });
  bag.throwIfAny();
  return parsed;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Marker for a `!reset` value: its key is left out of the tree. */
const DROPPED = Symbol('dropped');

class DocumentWalker {
  readonly positions: PositionMap = new Map();
  readonly resets: TreePath[] = [];
  readonly overrides: TreePath[] = [];
  private visits = 0;
  /** > 0 while expanding an alias: positions there would point at the anchor, and recording them is what makes alias bombs slow. */
  private aliasDepth = 0;
  private readonly aliasTargets = new Map<YamlNode, YamlNode | undefined>();
  /** Nodes being converted, to catch an alias that points into itself. */
  private readonly stack = new Set<YamlNode>();

  constructor(
    private readonly document: Document.Parsed,
    private readonly file: string,
    private readonly lines: LineCounter,
    private readonly bag: DiagnosticBag,
    private readonly text: string,
  ) {}

  toTree(): Mapping | null {
    const root = this.document.contents;
    if (root === null || (isScalar(root) && root.value === null && !root.tag)) return null;
    if (!isMap(root)) {
      this.bag.add('top-level object must be a mapping', undefined, this.where(root));
      return null;
    }
    try {
      const value = this.convert(root, [], false);
      return value as Mapping;
    } catch (error) {
      if (error instanceof ExpansionLimit) {
        this.bag.add(
          `alias expansion limit hit: the document expands to more than ${MAX_NODE_VISITS} nodes through YAML aliases (an alias bomb?); write the values out instead`,
          undefined,
          error.source,
        );
        return null;
      }
      throw error;
    }
  }

  private where(node: YamlNode | null | undefined): { file: string; line?: number; column?: number } {
    const offset = node?.range?.[0];
    if (offset === undefined) return { file: this.file };
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }

  private convert(node: YamlNode | null, path: TreePath, inCloudFormation: boolean): unknown {
    if (node === null) return null;
    if (++this.visits > MAX_NODE_VISITS) throw new ExpansionLimit(this.where(node));
    if (isAlias(node)) {
      // yaml's Alias.resolve walks the whole document each time: cache it per alias node.
      let target = this.aliasTargets.get(node);
      if (target === undefined) {
        target = node.resolve(this.document);
        this.aliasTargets.set(node, target);
      }
      if (!target) {
        this.bag.add(`unknown YAML alias *${node.source}`, path, this.where(node));
        return null;
      }
      if (this.stack.has(target)) {
        this.bag.add(`cycle detected: node at path ${keyOf(path)} refers to itself through alias *${node.source}`, path, this.where(node));
        return null;
      }
      this.aliasDepth++;
      try {
        return this.convert(target, path, inCloudFormation);
      } finally {
        this.aliasDepth--;
      }
    }
    const tag = node.tag;
    if (tag && !tag.startsWith('tag:yaml.org,2002:')) return this.convertTagged(node, tag, path, inCloudFormation);
    this.stack.add(node);
    try {
      if (isMap(node)) return this.convertMap(node, path, inCloudFormation);
      if (isSeq(node)) {
        return node.items.map((item, index) => {
          const itemPath = [...path, index];
          this.record(itemPath, item as YamlNode);
          const value = this.convert(item as YamlNode, itemPath, inCloudFormation);
          if (value === DROPPED) {
            this.bag.add('!reset cannot be applied to a sequence item: reset the whole sequence (key: !reset [])', itemPath, this.where(item as YamlNode));
            return null;
          }
          return value;
        });
      }
      if (isScalar(node)) return this.scalarValue(node);
      this.bag.add('unsupported YAML node', path, this.where(node));
      return null;
    } finally {
      this.stack.delete(node);
    }
  }

  private convertTagged(node: YamlNode, tag: string, path: TreePath, inCloudFormation: boolean): unknown {
    const untagged = (): unknown => {
      this.stack.add(node);
      try {
        if (isMap(node)) return this.convertMap(node, path, inCloudFormation);
        if (isSeq(node)) return node.items.map((item, i) => this.convert(item as YamlNode, [...path, i], inCloudFormation));
        if (isScalar(node)) return this.scalarValue(node);
        return null;
      } finally {
        this.stack.delete(node);
      }
    };
    if (tag === '!reset' || tag === '!override') {
      if (typeof path[path.length - 1] === 'number') return tag === '!reset' ? DROPPED : untagged();
      if (tag === '!reset') {
        this.resets.push(path);
        return DROPPED;
      }
      this.overrides.push(path);
      return untagged();
    }
    const longForm = CLOUDFORMATION_TAGS[tag];
    if (longForm && inCloudFormation) {
      const value = untagged();
      if (tag === '!GetAtt' && typeof value === 'string') {
        const dot = value.indexOf('.');
        if (dot <= 0) {
          this.bag.add(`!GetAtt ${value}: expected LogicalId.Attribute`, path, this.where(node));
          return null;
        }
        return { [longForm]: [value.slice(0, dot), value.slice(dot + 1)] };
      }
      if (tag === '!GetAZs' && value === null) return { [longForm]: '' };
      return { [longForm]: value };
    }
    const where = this.tagPosition(node, tag);
    if (longForm) {
      this.bag.add(`YAML tag ${tag} is a CloudFormation tag: it is only allowed inside ${CLOUDFORMATION_OVERLAY_KEY}`, path, where);
    } else {
      this.bag.add(`unknown YAML tag ${tag}: only !reset and !override are allowed in a Compose file (and CloudFormation tags inside ${CLOUDFORMATION_OVERLAY_KEY})`, path, where);
    }
    return null;
  }

  private convertMap(node: YAMLMap, path: TreePath, inCloudFormation: boolean): Mapping {
    const out: Mapping = {};
    const keyLines = new Map<string, number>();
    const merged: Mapping[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      if (isScalar(keyNode) && typeof keyNode.value === 'symbol') {
        // `<<: *anchor` / `<<: [*a, *b]`: merged after the explicit keys, which win (earlier sources win too).
        const sources = isSeq(pair.value) ? (pair.value.items as YamlNode[]) : [pair.value as YamlNode];
        for (const source of sources) {
          const value = this.convert(source, path, inCloudFormation);
          if (value === null || value === DROPPED) continue;
          if (typeof value !== 'object' || Array.isArray(value)) {
            this.bag.add('merge key << only merges mappings (a sequence cannot be merged)', path, this.where(source));
            continue;
          }
          merged.push(value as Mapping);
        }
        continue;
      }
      const key = this.keyText(keyNode, path);
      if (key === undefined) continue;
      const keyPosition = this.where(keyNode);
      const previous = keyLines.get(key);
      if (previous !== undefined) {
        this.bag.add(`line ${keyPosition.line}: mapping key "${key}" already defined at line ${previous}`, [...path, key], keyPosition);
        continue;
      }
      keyLines.set(key, keyPosition.line ?? 0);
      const childPath = [...path, key];
      if (this.aliasDepth === 0) this.positions.set(keyOf(childPath), keyPosition);
      const value = this.convert(pair.value as YamlNode | null, childPath, inCloudFormation || key === CLOUDFORMATION_OVERLAY_KEY);
      if (value !== DROPPED) setKey(out, key, value);
    }
    for (const source of merged) {
      for (const [k, v] of Object.entries(source)) if (!(k in out) && !keyLines.has(k)) setKey(out, k, v);
    }
    return out;
  }

  private keyText(keyNode: YamlNode | null, path: TreePath): string | undefined {
    const where = this.where(keyNode);
    const context = path.length === 0 ? 'at top level' : `in ${keyOf(path)}`;
    if (isScalar(keyNode) && typeof keyNode.value === 'string' && !keyNode.tag) return keyNode.value;
    if (isScalar(keyNode) && keyNode.tag === 'tag:yaml.org,2002:str') return String(keyNode.value);
    if (isScalar(keyNode)) {
      this.bag.add(`non-string key ${context}: ${keyNode.source ?? String(keyNode.value)} (quote it to make it a string)`, path, where);
    } else {
      this.bag.add(`non-string key ${context}: a ${isMap(keyNode) ? 'mapping' : isSeq(keyNode) ? 'sequence' : 'complex'} cannot be a key`, path, where);
    }
    return undefined;
  }

  /** Where the tag itself is written (a node's range starts at its value, after the tag). */
  private tagPosition(node: YamlNode, tag: string): { file: string; line?: number; column?: number } {
    const offset = node.range?.[0];
    if (offset === undefined) return { file: this.file };
    const at = this.text.lastIndexOf(tag, offset);
    const { line, col } = this.lines.linePos(at >= 0 ? at : offset);
    return { file: this.file, line, column: col };
  }

  private record(path: TreePath, node: YamlNode | null): void {
    if (node && this.aliasDepth === 0) this.positions.set(keyOf(path), this.where(node));
  }

  private scalarValue(node: Scalar): unknown {
    const value = node.value;
    if (node.type === Scalar.PLAIN && typeof value === 'number' && typeof node.source === 'string') {
      // go-yaml keeps YAML 1.1 octals: `0440` is 288, as compose-go reads it (file modes).
      if (/^[-+]?0[0-7]+$/.test(node.source)) return parseInt(node.source, 8);
    }
    if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
    return value;
  }
}

class ExpansionLimit extends Error {
  constructor(readonly source: { file: string; line?: number; column?: number }) {
    super('alias expansion limit');
  }
}
