// The pluggable concerns, in the order their hooks run (see the CONTRIBUTING note at the top of context.ts).
//
// EFS volumes, secrets and GPU/EC2 capacity live in volumes.ts, secrets.ts and gpu.ts. A new concern is one import
// and one entry below.
//
// Order matters only where one concern reads what another added: volumes and secrets before GPU, so a GPU concern
// that switches a task to EC2 sees the complete task.

import type { Concern } from './context.js';
import { gpuConcern } from './gpu.js';
import { secretsConcern } from './secrets.js';
import { volumesConcern } from './volumes.js';

// ---- the registry ---------------------------------------------------------------------------------------------

export const CONCERNS: readonly Concern[] = [
  volumesConcern,
  secretsConcern,
  gpuConcern,
];
