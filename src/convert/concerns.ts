// The pluggable concerns, in the order their hooks run (see the CONTRIBUTING note at the top of context.ts).
//
// EFS volumes, secrets and GPU/EC2 capacity live in volumes.ts, secrets.ts and gpu.ts (owned by another engineer).
// Until a module exists, its placeholder below rejects the input it would handle with a clear UserError — never a
// half-converted template. Wiring a module in is one line each: import it and replace its placeholder, e.g.
//
//   import { volumesConcern } from './volumes.js';   // then: volumesConcern instead of volumesNotBuilt
//
// Order matters only where one concern reads what another added: volumes and secrets before GPU, so a GPU concern
// that switches a task to EC2 sees the complete task.

import type { Service } from '../compose/model.js';
import type { Concern, ConversionContext } from './context.js';

// ---- placeholders: delete each one when its module is wired in ------------------------------------------------

const volumesNotBuilt: Concern = {
  name: 'volumes (not built yet)',
  project(ctx: ConversionContext) {
    const first = Object.keys(ctx.project.volumes)[0];
    if (first !== undefined) {
      throw ctx.error(`EFS volumes are not supported by this version of compose-ecs-action yet: remove volume "${first}" or use an earlier Docker Compose CLI.`, `volumes.${first}`);
    }
  },
  service(ctx: ConversionContext, service: Service) {
    const index = service.volumes.findIndex((v) => v.type === 'volume');
    if (index >= 0) {
      throw ctx.error('EFS volumes are not supported by this version of compose-ecs-action yet.', `services.${service.name}.volumes[${index}]`);
    }
    return undefined;
  },
};

const secretsNotBuilt: Concern = {
  name: 'secrets (not built yet)',
  project(ctx: ConversionContext) {
    const first = Object.keys(ctx.project.secrets)[0];
    if (first !== undefined) {
      throw ctx.error(`Secrets are not supported by this version of compose-ecs-action yet: remove secret "${first}".`, `secrets.${first}`);
    }
  },
};

const gpuNotBuilt: Concern = {
  name: 'gpu (not built yet)',
  service(ctx: ConversionContext, service: Service) {
    const reservations = service.deploy?.resources.reservations;
    const gpu =
      reservations !== undefined &&
      (reservations.genericResources.some((r) => r.kind === 'gpus' || r.kind === 'gpu') || reservations.devices.some((d) => d.capabilities.includes('gpu')));
    if (gpu) {
      throw ctx.error('GPU services (EC2 capacity) are not supported by this version of compose-ecs-action yet.', `services.${service.name}.deploy.resources.reservations`);
    }
    return undefined;
  },
};

// ---- the registry ---------------------------------------------------------------------------------------------

export const CONCERNS: readonly Concern[] = [
  volumesNotBuilt, // ← volumesConcern from './volumes.js'
  secretsNotBuilt, // ← secretsConcern from './secrets.js'
  gpuNotBuilt, // ← gpuConcern from './gpu.js'
];
