// The teardown sweep end to end: stacks this action created, chosen by name glob and/or age, against the
// AWS stand-in (whose small pages make ListStacks paginate).

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { runAction } from '../support/action.js';
import { HOURS, awsEnv, convertTemplate, seedDeployedStack, startAwsStandIn, writeSmallProject, type AwsStandIn } from './operate-support.js';

let standIn: AwsStandIn;
let template: string;
const now = Date.now();

const live = () =>
  standIn.control
    .snapshot()
    .stacks.filter((s) => s.status !== 'DELETE_COMPLETE')
    .map((s) => s.stackName)
    .sort();

beforeAll(async () => {
  // With 10 per page, ListStacks needs two pages for the 13 stacks below. A one-service template keeps each
  // deletion's stack events to a few pages, within the action's budget of 30 AWS calls a minute.
  standIn = await startAwsStandIn({ stepDelayMs: 5, pageSize: 10 });
  template = await convertTemplate(writeSmallProject('shop'), 'shop', 'sweep-shop');
  for (let pr = 1; pr <= 8; pr++) {
    seedDeployedStack(standIn, { stackName: `shop-pr-${pr}`, project: 'shop', pr: String(pr), template, createdAt: new Date(now - (pr * 24 - 12) * HOURS) });
  }
  seedDeployedStack(standIn, { stackName: 'shop-production', project: 'shop', template, createdAt: new Date(now - 400 * 24 * HOURS) });
  seedDeployedStack(standIn, { stackName: 'shop-pr-99', project: 'shop', template, createdAt: new Date(now - 30 * 24 * HOURS), terminationProtection: true });
  // Created by someone else: never swept, whatever its name or age.
  seedDeployedStack(standIn, { stackName: 'shop-pr-legacy', project: 'shop', template, foreign: true });
  seedDeployedStack(standIn, { stackName: 'other-pr-1', project: 'other', template, createdAt: new Date(now - 10 * 24 * HOURS) });
  seedDeployedStack(standIn, { stackName: 'shop-pr-new', project: 'shop', template, createdAt: new Date(now - 1 * HOURS) });
});

afterAll(async () => {
  await standIn?.close();
});

// A sweep keeps the action's AWS call budget (30 a minute), so a run of several deletions may pause for it.
jest.setTimeout(180_000);

describe('teardown sweep', () => {
  it('dry-run lists the matching stacks the action created, deletes nothing', async () => {
    const before = live();
    standIn.control.clearRequests();
    const run = await runAction({ mode: 'teardown', 'stack-pattern': 'shop-pr-*', 'older-than': '3d', 'dry-run': 'true' }, { env: awsEnv(standIn), killAfterMs: 170_000 });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    // pr-N is N-½ days old: pr-4…8 and the protected pr-99 are older than 3 days.
    const listed: string[] = JSON.parse(run.outputs.stacks);
    expect(listed).toEqual(expect.arrayContaining(['shop-pr-4', 'shop-pr-5', 'shop-pr-6', 'shop-pr-7', 'shop-pr-8']));
    expect(listed).not.toContain('shop-pr-3');
    expect(listed).not.toContain('shop-pr-new');
    expect(listed).not.toContain('shop-pr-legacy');
    expect(listed).not.toContain('shop-production');
    expect(listed).not.toContain('other-pr-1');
    expect(listed).not.toContain('shop-pr-99');
    expect(listed).toHaveLength(5);
    expect(run.stdout).toMatch(/shop-pr-99 .*would skip \(termination protection\)/);
    expect(run.summary).toContain('(dry run)');
    expect(run.summary).toContain('shop-pr-8');
    expect(live()).toEqual(before);
    expect(standIn.control.requests({ action: 'DeleteStack' })).toHaveLength(0);
    expect(standIn.control.requests({ action: 'ListStacks' }).length).toBeGreaterThan(1);
  });

  it('deletes each match independently: a failed deletion is reported, the others go on, the run fails at the end', async () => {
    standIn.control.failResource({ logicalId: 'AppService', stackName: 'shop-pr-6', operation: 'delete', reason: 'resource sg-0abc has a dependent object' });
    const run = await runAction({ mode: 'teardown', 'stack-pattern': 'shop-pr-*', 'older-than': '4d' }, { env: awsEnv(standIn), killAfterMs: 170_000 });
    expect(run.code).toBe(1);
    const remaining = live();
    for (const gone of ['shop-pr-5', 'shop-pr-7', 'shop-pr-8']) expect(remaining).not.toContain(gone);
    for (const kept of ['shop-pr-1', 'shop-pr-4', 'shop-pr-6', 'shop-pr-99', 'shop-pr-legacy', 'shop-production', 'other-pr-1', 'shop-pr-new']) expect(remaining).toContain(kept);
    expect(JSON.parse(run.outputs.stacks).sort()).toEqual(['shop-pr-5', 'shop-pr-7', 'shop-pr-8']);
    expect(run.errors.length).toBeGreaterThanOrEqual(1);
    const final = run.errors[run.errors.length - 1];
    expect(final).toContain('1 of 4 stack deletion(s) failed');
    expect(final).toContain('shop-pr-6');
    expect(final).toContain('dependent object');
    expect(run.warnings.some((w) => w.includes('shop-pr-99') && w.includes('termination protection'))).toBe(true);
    expect(run.summary).toMatch(/shop-pr-6.*failed/);
  });

  it('a failing DeleteStack call for one stack does not stop the others', async () => {
    // The first DeleteStack of this sweep (the oldest match, shop-pr-6) is answered with an error the SDK does not retry.
    standIn.control.throttle({ action: 'DeleteStack', code: 'AccessDenied', count: 1 });
    const run = await runAction({ mode: 'teardown', 'stack-pattern': 'shop-pr-[0-9]', 'older-than': '3d' }, { env: awsEnv(standIn), killAfterMs: 170_000 });
    expect(run.code).toBe(1);
    expect(run.errors.some((e) => e.includes('Could not delete shop-pr-6'))).toBe(true);
    expect(live()).toContain('shop-pr-6');
    expect(live()).not.toContain('shop-pr-4');
  });

  it('selects by age alone', async () => {
    const run = await runAction({ mode: 'teardown', 'older-than': '9d', 'dry-run': 'true' }, { env: awsEnv(standIn), killAfterMs: 170_000 });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.stacks).sort()).toEqual(['other-pr-1', 'shop-production']);
  });

  it('rejects a malformed age with the input named', async () => {
    const run = await runAction({ mode: 'teardown', 'older-than': 'a week' }, { env: awsEnv(standIn), killAfterMs: 170_000 });
    expect(run.code).toBe(1);
    expect(run.errors[0]).toContain('Input "older-than" must be a duration');
  });
});
