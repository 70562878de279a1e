// Bench-only entry: the loader and the bare YAML parser, bundled so bench/run.mjs can time them in-process.
import { parseDocument } from 'yaml';
export { loadProject } from '../src/compose/index.js';
export function parseOnly(text: string): unknown {
  return parseDocument(text).toJS();
}
