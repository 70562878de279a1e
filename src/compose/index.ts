// Public entry of the Compose loader: files + environment → one normalized Project (see model.ts).
// No AWS, no CloudFormation, no process.env: the caller passes the environment in.
// The passes and their order are described in loader.ts.

import { ComposeError } from '../errors.js';
import { loadProject as load, type LoadOptions } from './loader.js';
import type { Project } from './model.js';

export type { LoadOptions } from './loader.js';

export type { Project } from './model.js';
export { renderConfig } from './render.js';

/** Loads and normalizes. Throws ComposeError (one or more diagnostics with file, line, key) on bad input. */
export function loadProject(options: LoadOptions): Project {
  try {
    return load(options);
  } catch (error) {
    // A pathological file (nesting thousands of levels deep) exhausts the stack: say so instead of crashing.
    if (error instanceof RangeError) {
      throw new ComposeError([{ message: 'the Compose file is nested too deeply to be read (thousands of levels): simplify its structure' }]);
    }
    throw error;
  }
}
