// Pacing of every poll loop (change set creation, stack operations): quick first polls so short operations end
// quickly, then a steady interval of at most 5 s, and never more than 30 AWS calls in any minute in total
// (counted from the CallLog, so lookups and diagnostics share the budget). Every wait is abortable through the
// Host's signal, so a cancelled job stops waiting at once.

import type { AwsClients, CallLog } from './clients.js';
import { StackEventStream, formatEvent, type OperationScope } from './events.js';
import { isFinal, isInProgress } from './stacks.js';

/** Rejects with this when the run is cancelled (SIGINT/SIGTERM) during a wait. */
export class Aborted extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Aborted';
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Aborted());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Aborted());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface PacerOptions {
  /** Intervals of the first polls, then the last one repeats. Each ≤ 5 s. */
  intervalsMs?: number[];
  /** Calls allowed in any sliding minute. */
  callsPerMinute?: number;
  now?: () => number;
}

export const DEFAULT_INTERVALS_MS = [500, 1000, 2000, 3000];
export const CALLS_PER_MINUTE = 30;

export class Pacer {
  private polls = 0;
  private readonly intervals: number[];
  private readonly budget: number;
  private readonly now: () => number;
  /** The budget counts the calls made since this pacer began (its wait), not the lookups before it. */
  private readonly since: number;

  constructor(
    private readonly calls: CallLog,
    private readonly signal: AbortSignal,
    options: PacerOptions = {},
  ) {
    this.intervals = options.intervalsMs ?? DEFAULT_INTERVALS_MS;
    this.budget = options.callsPerMinute ?? CALLS_PER_MINUTE;
    this.now = options.now ?? Date.now;
    this.since = this.now();
  }

  /** Calls of this wait within the last minute. */
  private recentCalls(): number[] {
    const windowStart = Math.max(this.since - 1, this.now() - 60_000);
    const times: number[] = [];
    for (let i = this.calls.calls.length - 1; i >= 0 && this.calls.calls[i].time > windowStart; i--) times.push(this.calls.calls[i].time);
    return times.reverse();
  }

  /** Waits before the next poll, which will make `nextCalls` calls: the interval, then as long as the budget needs. */
  async pause(nextCalls = 1): Promise<void> {
    const interval = this.intervals[Math.min(this.polls, this.intervals.length - 1)];
    this.polls++;
    await sleep(interval, this.signal);
    // The window slides: wait until enough of the oldest calls inside it have left.
    for (;;) {
      const recent = this.recentCalls();
      if (recent.length + nextCalls <= this.budget) return;
      const leaving = recent[recent.length + nextCalls - this.budget - 1];
      await sleep(Math.max(100, Math.min(5_000, leaving + 60_000 - this.now() + 10)), this.signal);
    }
  }
}

/** 5 400 000 → `1h30m`, 42 000 → `42s`: a duration in a message (waits, timeouts, the sweep's ages). */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const parts: string[] = [];
  let rest = Math.round(ms / 1000);
  for (const [unit, seconds] of [['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]] as const) {
    const n = Math.floor(rest / seconds);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * seconds;
  }
  return parts.join('');
}

// ------------------------------------------------------------------------------------------------ stack operations


export interface StackWaitOptions {
  signal: AbortSignal;
  /** Give up after this long (the run then fails and says where the stack is). */
  timeoutMs: number;
  log: (line: string) => void;
  heartbeatMs?: number;
  pacer?: Pacer;
  now?: () => number;
}

export interface StackWaitResult {
  /** The stack's status when the wait ended. */
  status: string;
  reason?: string;
  outcome: 'final' | 'timeout' | 'aborted';
  /** When the final state was seen (local clock), for the final-state→exit measurement. */
  finalSeenAt?: number;
  stream: StackEventStream;
}

/**
 * Streams the operation's events until the stack reaches a final state. One DescribeStackEvents per poll; a
 * DescribeStacks with each heartbeat (about every 30 s) as a backstop in case the stack's own event is missed.
 */
export async function waitForStackOperation(clients: AwsClients, scope: OperationScope, options: StackWaitOptions): Promise<StackWaitResult> {
  const now = options.now ?? Date.now;
  const pacer = options.pacer ?? new Pacer(clients.calls, options.signal);
  const heartbeatMs = options.heartbeatMs ?? 30_000;
  const stream = new StackEventStream(clients, scope);
  const started = now();
  let lastHeartbeat = started;
  let status = 'UNKNOWN';
  const { sdk, client } = await clients.cloudFormation();
  try {
    for (;;) {
      if (now() - started >= options.timeoutMs) return { status, outcome: 'timeout', stream };
      await pacer.pause();
      for (const event of await stream.poll()) options.log(formatEvent(event));
      if (stream.stackStatus) status = stream.stackStatus;
      if (isFinal(stream.stackStatus)) return { status, reason: stream.stackStatusReason, outcome: 'final', finalSeenAt: now(), stream };
      if (now() - lastHeartbeat >= heartbeatMs) {
        lastHeartbeat = now();
        const described = await client.send(new sdk.DescribeStacksCommand({ StackName: scope.stackId }));
        const stack = described.Stacks?.[0];
        status = stack?.StackStatus ?? status;
        if (isFinal(status) || (!isInProgress(status) && status !== 'REVIEW_IN_PROGRESS' && status !== 'UNKNOWN')) {
          // The stack's own final event was missed (or never streamed): catch the last events, then stop.
          for (const event of await stream.poll()) options.log(formatEvent(event));
          return { status, reason: stack?.StackStatusReason, outcome: 'final', finalSeenAt: now(), stream };
        }
        const active = new Set(stream.events.filter((e) => e.status.endsWith('_IN_PROGRESS')).map((e) => e.logicalId));
        for (const e of stream.events) if (!e.status.endsWith('_IN_PROGRESS')) active.delete(e.logicalId);
        options.log(`… still waiting: ${scope.stackName} is ${status} after ${formatDuration(now() - started)}${active.size ? ` (in progress: ${[...active].slice(0, 5).join(', ')}${active.size > 5 ? ', …' : ''})` : ''}`);
      }
    }
  } catch (error) {
    if (error instanceof Aborted) return { status, outcome: 'aborted', stream };
    throw error;
  }
}
