// Writing an artifact the user asked for (a template, a Compose override) whole or not at all: a failure never
// leaves half a file where a later step would pick it up.

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from './errors.js';

/** Writes through a temporary file and a rename; `what` and `input` name the artifact and its path input in errors. */
export function writeFileAtomically(path: string, text: string, what: string, input: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UserError(`Cannot write the ${what} to ${path}: ${(error as Error).message}. Check that "${input}" names a writable location.`, { cause: error });
  }
}
