// Fargate task size from `deploy.resources`: limits, else reservations (Docker's rule), else the service-level
// `cpus` / `mem_limit` (Compose's older spelling of the same limits, which Docker ignored), else the smallest size.
// The table is Fargate's current one, up to 16 vCPU / 120 GB (Docker's stopped at 4 vCPU / 30 GB). The first CPU
// tier that holds the CPUs asked for and has a memory size at least as large as the memory asked for wins, with
// that tier's smallest such memory size; nothing fits → Docker's error.

import type { Service } from '../compose/model.js';
import type { ConversionContext } from './context.js';

const GIB = 1024;
const range = (from: number, to: number, step: number): number[] => Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step);

/** CPU units (1024 = 1 vCPU) → allowed memory sizes in MiB. */
export const FARGATE_SIZES: ReadonlyArray<readonly [number, readonly number[]]> = [
  [256, [512, 1024, 2048]],
  [512, range(1 * GIB, 4 * GIB, GIB)],
  [1024, range(2 * GIB, 8 * GIB, GIB)],
  [2048, range(4 * GIB, 16 * GIB, GIB)],
  [4096, range(8 * GIB, 30 * GIB, GIB)],
  [8192, range(16 * GIB, 60 * GIB, 4 * GIB)],
  [16384, range(32 * GIB, 120 * GIB, 8 * GIB)],
];

export interface TaskSize {
  /** CPU units, as the string CloudFormation shows. */
  Cpu: string;
  /** MiB. */
  Memory: string;
}

const MIB = 1024 * 1024;

/** What the service asks for: cpus (vCPUs) and memory (bytes), either possibly absent. */
export function requestedResources(service: Service): { cpus?: number; memory?: number; from: string } {
  const resources = service.deploy?.resources;
  const limits = resources?.limits;
  if (limits && (limits.cpus !== undefined || limits.memory !== undefined)) return { cpus: limits.cpus, memory: limits.memory, from: 'deploy.resources.limits' };
  const reservations = resources?.reservations;
  if (reservations && (reservations.cpus !== undefined || reservations.memory !== undefined)) {
    return { cpus: reservations.cpus, memory: reservations.memory, from: 'deploy.resources.reservations' };
  }
  return { cpus: service.cpus, memory: service.memLimit, from: service.cpus !== undefined ? 'cpus' : 'mem_limit' };
}

export function fargateSize(ctx: ConversionContext, service: Service): TaskSize {
  const { cpus, memory, from } = requestedResources(service);
  if (cpus === undefined && memory === undefined) return { Cpu: '256', Memory: '512' };
  const cpuUnits = Math.ceil((cpus ?? 0) * 1024 - 1e-9);
  const memoryMiB = Math.ceil((memory ?? 0) / MIB);
  for (const [tier, memories] of FARGATE_SIZES) {
    if (cpuUnits > tier) continue;
    const fit = memories.find((m) => m >= memoryMiB);
    if (fit !== undefined) return { Cpu: String(tier), Memory: String(fit) };
  }
  throw ctx.error(
    `the resources requested are not supported by ECS/Fargate: ${cpus ?? 0} vCPU and ${memoryMiB} MiB exceed every Fargate task size (at most 16 vCPU with 120 GiB).`,
    `services.${service.name}.${from}`,
  );
}

/** The container's soft memory limit: `reservations.memory` in MiB (Docker's MemoryReservation). */
export function memoryReservation(service: Service): number | undefined {
  const bytes = service.deploy?.resources.reservations?.memory ?? service.memReservation;
  return bytes === undefined || bytes <= 0 ? undefined : Math.ceil(bytes / MIB);
}
