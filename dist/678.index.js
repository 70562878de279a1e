export const id = 678;
export const ids = [678];
export const modules = {

/***/ 678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTeardown: () => (/* binding */ runTeardown)
});

// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var aws_clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/aws/credentials.ts
var credentials = __webpack_require__(6963);
// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __webpack_require__(2935);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/operate/target.ts
var operate_target = __webpack_require__(9344);
// EXTERNAL MODULE: ./src/operate/stacks.ts
var operate_stacks = __webpack_require__(4231);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/aws/events.ts
var events = __webpack_require__(7404);
// EXTERNAL MODULE: ./src/aws/wait.ts
var wait = __webpack_require__(6308);
;// CONCATENATED MODULE: ./src/operate/stack-deletion.ts
// Deleting one stack and following it to the end: DeleteStack with a ClientRequestToken (so only this
// deletion's events are streamed), then the AWS runtime's event stream and pacer (≤ 1 poll per 5 s, ≤ 30 calls a
// minute) until the stack's own event says DELETE_COMPLETE or DELETE_FAILED, or the stack is gone.





/** Submits the deletion. Refuses a termination-protected stack unless `force`. Returns the event stream. */
async function startDeletion(clients, request, log) {
    const { sdk, client } = await clients.cloudFormation();
    const stackName = request.stack.StackName ?? '';
    const stackId = request.stack.StackId ?? stackName;
    if (request.stack.EnableTerminationProtection) {
        if (!request.force) {
            throw new errors/* UserError */.yo(`Stack ${stackName} has termination protection on. Set "force: true" to turn it off and delete the stack, or turn it off yourself (deploy with termination-protection: false).`);
        }
        await client.send(new sdk.UpdateTerminationProtectionCommand({ StackName: stackId, EnableTerminationProtection: false }));
        log(`Turned termination protection off for ${stackName} (force).`);
    }
    if (request.stack.StackStatus === 'DELETE_IN_PROGRESS') {
        // Another deletion is running: follow it (its events carry another token, so they are followed by time).
        log(`Stack ${stackName} is already being deleted; following the deletion.`);
        return new events/* StackEventStream */.$R(clients, { stackId, stackName, since: new Date(Date.now() - 60_000) });
    }
    const token = `compose-ecs-teardown-${(0,external_node_crypto_.randomUUID)()}`;
    // The margin covers clock skew between this machine and CloudFormation.
    const stream = new events/* StackEventStream */.$R(clients, { stackId, stackName, clientRequestToken: token, since: new Date(Date.now() - 5_000) });
    try {
        await client.send(new sdk.DeleteStackCommand({ StackName: stackId, ClientRequestToken: token, ...(request.roleArn ? { RoleARN: request.roleArn } : {}) }));
    }
    catch (error) {
        if ((0,aws_clients/* errorCode */.CA)(error) === 'ValidationError' && /IN_PROGRESS/.test((0,aws_clients/* errorMessage */.gJ)(error))) {
            throw new errors/* UserError */.yo(`Cannot delete ${stackName} while an operation is running on it (${request.stack.StackStatus}): ${(0,aws_clients/* errorMessage */.gJ)(error)} Wait for it to finish, then run teardown again.`, { cause: error });
        }
        if ((0,aws_clients/* errorCode */.CA)(error) === 'ValidationError' && /role|assume/i.test((0,aws_clients/* errorMessage */.gJ)(error))) {
            throw new errors/* UserError */.yo(`CloudFormation cannot use the role in "cfn-role-arn" to delete ${stackName}: ${(0,aws_clients/* errorMessage */.gJ)(error)}`, { cause: error });
        }
        throw error;
    }
    log(`Deleting stack ${stackName}…`);
    return stream;
}
/** Follows the deletion until it ends or `timeoutMs` passes (a timeout is a UserError: the deletion goes on). */
async function followDeletion(clients, stream, options) {
    const { sdk, client } = await clients.cloudFormation();
    const pacer = new wait/* Pacer */._E(clients.calls, options.signal);
    const deadline = Date.now() + options.timeoutMs;
    let polls = 0;
    for (;;) {
        try {
            await pacer.pause();
        }
        catch (error) {
            if (error instanceof wait/* Aborted */.aG)
                throw new errors/* UserError */.yo(`Cancelled while waiting for ${options.stackName} to be deleted; the deletion goes on in CloudFormation.`);
            throw error;
        }
        for (const event of await stream.poll())
            options.log((0,events/* formatEvent */.qF)(event));
        polls++;
        let status = stream.stackStatus;
        // The stack's own final event can lag; every few polls ask the stack itself.
        if (status !== 'DELETE_COMPLETE' && status !== 'DELETE_FAILED' && polls % 3 === 0) {
            const described = await client.send(new sdk.DescribeStacksCommand({ StackName: options.stackId }));
            status = described.Stacks?.[0]?.StackStatus ?? status;
            if (status === 'DELETE_COMPLETE' || status === 'DELETE_FAILED')
                for (const event of await stream.poll())
                    options.log((0,events/* formatEvent */.qF)(event));
        }
        if (status === 'DELETE_COMPLETE')
            return { stackName: options.stackName, status, events: stream.events, rootCauses: [] };
        if (status === 'DELETE_FAILED') {
            const rootCauses = stream.rootCauses();
            const reason = rootCauses.map((e) => `${e.logicalId} (${e.type}): ${e.reason ?? e.status}`).join('; ') || stream.stackStatusReason || 'no reason given';
            return { stackName: options.stackName, status, events: stream.events, reason, rootCauses };
        }
        if (Date.now() > deadline) {
            throw new errors/* UserError */.yo(`Stack ${options.stackName} was still being deleted after ${Math.round(options.timeoutMs / 60_000 * 10) / 10} minutes ("timeout-minutes"); the deletion goes on in CloudFormation. Raise timeout-minutes or follow it in the console.`);
        }
    }
}

// EXTERNAL MODULE: ./src/operate/efs.ts
var efs = __webpack_require__(4848);
// EXTERNAL MODULE: ./src/operate/secrets.ts
var secrets = __webpack_require__(4629);
;// CONCATENATED MODULE: ./src/operate/retained.ts
// What outlives a stack: EFS file systems (the converter gives them DeletionPolicy Retain so data survives
// `down`, as Docker's did) and Secrets Manager secrets made outside the template. teardown reports them and
// deletes them only when asked (delete-volumes, delete-secrets).
//
// Scope is the stack, not the project: PR environments share a project name (shop-pr-12 and shop-pr-13 are both
// project "shop"). A file system counts when this stack created it (aws:cloudformation:stack-name tag) or held
// it as a resource. A secret counts when this stack held it or CloudFormation tagged it for this stack; a
// project-tagged secret no stack owns (made by `secret create` or by deploy) counts only when no other live
// stack of the project remains, since those stacks may still read it.
//
// One lookup serves every stack of a sweep: the file systems and secrets are listed once, not per stack.



/** The retained resources of each deleted stack, by stack name. */
async function findRetained(clients, deleted) {
    const result = new Map();
    if (deleted.length === 0)
        return result;
    const projects = [...new Set(deleted.map((d) => d.projectName))];
    let liveStacks;
    const live = () => (liveStacks ??= (0,operate_stacks/* describeAllStacks */.Oz)(clients).then((stacks) => stacks.map((s) => ({ name: s.StackName ?? '', project: (0,operate_stacks/* projectOfStack */.ZG)(s) }))));
    const deletedNames = new Set(deleted.map((d) => d.stackName));
    const othersOf = async (project) => (await live()).filter((s) => s.project === project && !deletedNames.has(s.name)).map((s) => s.name);
    const candidates = await (0,efs/* listProjectFileSystems */.Wz)(clients, [...projects, ...deleted.map((d) => d.stackName)]);
    const owned = candidates.filter((fs) => deleted.some((d) => fs.ownerStack === d.stackName || d.resourceIds.has(fs.id)));
    if (owned.length > 0) {
        // A file system a deleted stack created may since be mounted by another stack of the project (a redeploy reusing it).
        const others = (await Promise.all(projects.map(othersOf))).flat();
        await (0,efs/* markFileSystemsInUse */.OT)(clients, owned, others);
    }
    const secretsByProject = new Map();
    for (const project of projects)
        secretsByProject.set(project, await (0,secrets/* listProjectSecrets */.zS)(clients, project));
    for (const stack of deleted) {
        const fileSystems = owned.filter((fs) => fs.ownerStack === stack.stackName || stack.resourceIds.has(fs.id));
        const projectSecrets = secretsByProject.get(stack.projectName) ?? [];
        const ownedByStack = (s) => (s.ARN !== undefined && stack.resourceIds.has(s.ARN)) || (s.Tags ?? []).some((t) => t.Key === efs/* CFN_STACK_NAME_TAG */.c0 && t.Value === stack.stackName);
        const stackSecrets = projectSecrets.filter(ownedByStack);
        // Secrets owned by another stack are that stack's business; unowned ones belong to the whole project.
        const unowned = projectSecrets.filter((s) => !(s.Tags ?? []).some((t) => t.Key === efs/* CFN_STACK_NAME_TAG */.c0));
        let secrets = stackSecrets;
        let secretsSharedWith = [];
        if (unowned.length > 0) {
            const others = await othersOf(stack.projectName);
            if (others.length > 0)
                secretsSharedWith = others;
            else
                secrets = [...stackSecrets, ...unowned.filter((s) => !stackSecrets.includes(s))];
        }
        result.set(stack.stackName, { fileSystems, secrets, secretsSharedWith });
    }
    // A secret shared by two stacks of one sweep is deleted once, by the last of them.
    const claimed = new Set();
    for (const stack of [...deleted].reverse()) {
        const retained = result.get(stack.stackName);
        retained.secrets = retained.secrets.filter((s) => !claimed.has(s.ARN ?? '') && claimed.add(s.ARN ?? ''));
    }
    return result;
}

// EXTERNAL MODULE: ./src/operate/table.ts
var operate_table = __webpack_require__(1168);
;// CONCATENATED MODULE: ./src/operate/retained-cleanup.ts
// Reporting and (when asked) deleting what outlived a stack. Each deletion is independent: one that fails is
// reported and the rest still run; the caller fails the run afterwards.




async function cleanUpRetained(clients, retained, options) {
    const { host } = options;
    const result = { fates: new Map(), failures: [] };
    for (const fs of retained.fileSystems) {
        const label = `EFS file system ${fs.id}${fs.volume ? ` (volume "${fs.volume}")` : ''}`;
        if (fs.inUseBy) {
            result.fates.set(fs.id, { fate: 'in use', detail: fs.inUseBy });
            host.info(`Retained: ${label}, in use by ${fs.inUseBy}; left alone.`);
            continue;
        }
        if (!options.deleteVolumes) {
            result.fates.set(fs.id, { fate: 'kept' });
            host.info(`Retained: ${label}, ${(0,efs/* formatBytes */.z3)(fs.sizeBytes) || 'size unknown'}. Its data is kept; set "delete-volumes: true" to delete it.`);
            continue;
        }
        try {
            host.info(`Deleting ${label}…`);
            await (0,efs/* deleteFileSystem */.Hf)(clients, fs.id, options.signal, host);
            result.fates.set(fs.id, { fate: 'deleted' });
            host.info(`Deleted ${label}.`);
        }
        catch (error) {
            const message = `${label}: ${(0,aws_clients/* errorMessage */.gJ)(error)}`;
            result.fates.set(fs.id, { fate: 'failed', detail: (0,aws_clients/* errorMessage */.gJ)(error) });
            result.failures.push(message);
            host.error(`Could not delete ${message}`);
        }
    }
    if (retained.secretsSharedWith.length > 0) {
        host.info(`The project's own secrets are left alone: other stacks of the project may read them (${retained.secretsSharedWith.join(', ')}).`);
    }
    for (const secret of retained.secrets) {
        const arn = secret.ARN ?? '';
        const label = `secret ${secret.Name ?? arn}`;
        if (!options.deleteSecrets) {
            result.fates.set(arn, { fate: 'kept' });
            host.info(`Retained: ${label}. Set "delete-secrets: true" to delete it.`);
            continue;
        }
        try {
            const deletion = await (0,secrets/* deleteSecret */.e3)(clients, arn, false);
            const when = deletion.deletionDate ? deletion.deletionDate.toISOString() : 'after the recovery window';
            result.fates.set(arn, { fate: 'scheduled for deletion', detail: when });
            host.info(`Scheduled ${label} for deletion on ${when} (restore it before then with: aws secretsmanager restore-secret --secret-id ${secret.Name ?? arn}).`);
        }
        catch (error) {
            const message = `${label}: ${(0,aws_clients/* errorMessage */.gJ)(error)}`;
            result.fates.set(arn, { fate: 'failed', detail: (0,aws_clients/* errorMessage */.gJ)(error) });
            result.failures.push(message);
            host.error(`Could not delete ${message}`);
        }
    }
    return result;
}
/** The "Retained resources" section of the summary, or undefined when nothing was retained. */
function retainedSummary(retained, cleanup) {
    if (retained.fileSystems.length === 0 && retained.secrets.length === 0)
        return undefined;
    const table = { headers: ['Kind', 'Id', 'Name', 'Size', 'Outcome'], rows: [] };
    for (const fs of retained.fileSystems) {
        const fate = cleanup.fates.get(fs.id);
        table.rows.push(['EFS file system', fs.id, fs.volume ?? fs.name ?? '', (0,efs/* formatBytes */.z3)(fs.sizeBytes), fate ? `${fate.fate}${fate.detail ? ` (${fate.detail})` : ''}` : '']);
    }
    for (const secret of retained.secrets) {
        const fate = cleanup.fates.get(secret.ARN ?? '');
        table.rows.push(['Secret', secret.ARN ?? '', secret.Name ?? '', '', fate ? `${fate.fate}${fate.detail ? ` (${fate.detail})` : ''}` : '']);
    }
    const hint = cleanup.fates.size > 0 && [...cleanup.fates.values()].some((f) => f.fate === 'kept') ? '\n\nKept resources: run teardown again with `delete-volumes: true` / `delete-secrets: true` to delete them.' : '';
    return `### Retained resources\n\n${(0,operate_table/* markdownTable */.Q)(table)}${hint}\n`;
}

// EXTERNAL MODULE: ./src/aws/stacks.ts
var aws_stacks = __webpack_require__(3596);
// EXTERNAL MODULE: ./src/operate/duration.ts
var duration = __webpack_require__(650);
;// CONCATENATED MODULE: ./src/operate/glob.ts
// Stack-name globs for the sweep (`shop-pr-*`). Stack names are letters, digits and hyphens, so only `*`, `?`
// and `[…]` classes mean anything; every other character matches itself.

function globToRegExp(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            source += '.*';
        else if (c === '?')
            source += '.';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0)
                throw new errors/* UserError */.yo(`Input "stack-pattern": "${pattern}" has a "[" without a closing "]".`);
            const body = pattern.slice(i + 1, end);
            const negated = body.startsWith('!') || body.startsWith('^');
            const members = (negated ? body.slice(1) : body).replace(/[\\\]^]/g, '\\$&');
            source += `[${negated ? '^' : ''}${members}]`;
            i = end;
        }
        else
            source += c.replace(/[.+^${}()|\\/]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
/** True when `name` matches any of the patterns. */
function matchesAnyGlob(name, patterns) {
    return patterns.some((p) => p.test(name));
}

;// CONCATENATED MODULE: ./src/modes/teardown-options.ts
// The inputs every teardown reads (one stack or a sweep), checked before any AWS call.

function teardownOptions(context) {
    const { inputs } = context;
    const wait = inputs.boolean('wait');
    const deleteVolumes = inputs.boolean('delete-volumes');
    const deleteSecrets = inputs.boolean('delete-secrets');
    if (!wait && (deleteVolumes || deleteSecrets)) {
        throw new errors/* UserError */.yo(`"${deleteVolumes ? 'delete-volumes' : 'delete-secrets'}" needs "wait: true": retained resources can only be removed once the stack is gone (EFS refuses to delete a file system while the stack's mount targets exist).`);
    }
    return {
        wait,
        deleteVolumes,
        deleteSecrets,
        force: inputs.boolean('force'),
        timeoutMs: inputs.number('timeout-minutes', { min: 0.1 }) * 60_000,
        roleArn: inputs.string('cfn-role-arn') || undefined,
    };
}

// EXTERNAL MODULE: ./src/github/escape.ts
var github_escape = __webpack_require__(6028);
;// CONCATENATED MODULE: ./src/modes/teardown-sweep.ts
// The sweep: teardown of every stack this action created (it carries the compose-ecs-action:project tag) whose
// name matches `stack-pattern` and/or that is older than `older-than` (both must hold when both are given) —
// the scheduled clean-up of pull-request environments. `dry-run` lists what would go. Each deletion is
// independent: a failure is reported and the others go on; the run fails at the end if any failed.
//
// A termination-protected stack is skipped with a warning unless `force`: protection is someone's deliberate
// "not this one", and a nightly sweep that failed on it every night would train people to ignore it.













/** Above this many candidates one paginated DescribeStacks of the account beats one call per stack. */
const DESCRIBE_ALL_THRESHOLD = 10;
async function runSweep(context) {
    const { host, inputs } = context;
    const options = teardownOptions(context);
    const patterns = inputs.list('stack-pattern').map(globToRegExp);
    const olderThanText = inputs.string('older-than');
    const olderThanMs = olderThanText !== '' ? (0,duration/* durationInput */.Ts)('older-than', olderThanText) : undefined;
    const dryRun = inputs.boolean('dry-run');
    if (inputs.string('stack-name') !== '')
        host.warning('"stack-name" is ignored by a sweep (stack-pattern / older-than choose the stacks).');
    const criteria = [patterns.length ? `name matches ${inputs.list('stack-pattern').join(' or ')}` : '', olderThanMs !== undefined ? `older than ${(0,duration/* formatDuration */.a3)(olderThanMs)}` : '']
        .filter((c) => c)
        .join(' and ');
    const clients = aws_clients/* AwsClients */.cE.forHost(host, inputs);
    const rows = [];
    try {
        await (0,credentials/* verifyCredentials */.qH)(clients);
        const now = Date.now();
        const candidates = await findSweepCandidates(clients, { patterns, olderThanMs, now });
        host.info(`${candidates.length} stack(s) created by compose-ecs-action where ${criteria}${dryRun ? ' (dry run: nothing is deleted)' : ''}.`);
        if (dryRun) {
            for (const candidate of candidates)
                rows.push({ candidate, outcome: candidate.protected && !options.force ? 'would skip (termination protection)' : 'would delete' });
        }
        else {
            // Submit every deletion first (they run in parallel in CloudFormation), then follow them one by one.
            const started = [];
            for (const candidate of candidates) {
                const row = { candidate, outcome: 'deleting' };
                rows.push(row);
                if (candidate.protected && !options.force) {
                    row.outcome = 'skipped (termination protection)';
                    host.warning(`Skipping ${candidate.name}: termination protection is on (set "force: true" to delete it anyway).`);
                    continue;
                }
                try {
                    const stream = await startDeletion(clients, { stack: candidate.stack, roleArn: options.roleArn, force: options.force }, (line) => host.info(line));
                    started.push({ row, stream });
                    row.stackDeleted = !options.wait;
                }
                catch (error) {
                    row.outcome = 'failed';
                    row.detail = (0,aws_clients/* errorMessage */.gJ)(error);
                    host.error(`Could not delete ${candidate.name}: ${row.detail}`);
                }
            }
            if (options.wait) {
                for (const { row, stream } of started)
                    await followOne(context, clients, row, stream, options);
                await handleRetained(context, clients, rows.filter((r) => r.outcome === 'deleted'), options);
            }
        }
    }
    finally {
        await clients.destroy();
    }
    const deletedOrListed = rows.filter((r) => r.stackDeleted || r.outcome === 'would delete').map((r) => r.candidate.name);
    host.setOutput('stacks', JSON.stringify(deletedOrListed));
    const table = sweepTable(rows);
    if (rows.length > 0)
        host.info((0,operate_table/* textTable */.e)(table));
    await host.appendSummary(sweepSummary({ criteria, dryRun, table, region: clients.region }));
    const failed = rows.filter((r) => r.outcome === 'failed');
    if (failed.length > 0) {
        const attempted = rows.filter((r) => !r.outcome.startsWith('skipped')).length;
        throw new errors/* UserError */.yo(`${failed.length} of ${attempted} stack deletion(s) failed: ${failed.map((r) => `${r.candidate.name} (${r.detail})`).join('; ')}. The others were deleted; run the sweep again after fixing these.`);
    }
}
async function followOne(context, clients, row, stream, options) {
    const { host } = context;
    const { candidate } = row;
    try {
        const outcome = await followDeletion(clients, stream, {
            stackName: candidate.name,
            stackId: candidate.stack.StackId ?? candidate.name,
            timeoutMs: options.timeoutMs,
            signal: host.signal,
            log: (line) => host.info(`${candidate.name}: ${line}`),
        });
        if (outcome.status === 'DELETE_FAILED') {
            row.outcome = 'failed';
            row.detail = `DELETE_FAILED: ${outcome.reason}`;
            host.error(`Stack ${candidate.name} could not be deleted: ${outcome.reason}`);
            return;
        }
        row.outcome = 'deleted';
        row.stackDeleted = true;
        host.info(`Stack ${candidate.name} deleted.`);
    }
    catch (error) {
        row.outcome = 'failed';
        row.detail = (0,aws_clients/* errorMessage */.gJ)(error);
        host.error(`Stack ${candidate.name}: ${row.detail}`);
    }
}
/**
 * Retained resources of the deleted stacks, found in one pass (CloudFormation tags what it creates with the stack
 * name, so the sweep needs no per-stack resource listing), reported and deleted when asked.
 */
async function handleRetained(context, clients, deleted, options) {
    const { host } = context;
    if (deleted.length === 0)
        return;
    let retained;
    try {
        retained = await findRetained(clients, deleted.map((row) => ({ stackName: row.candidate.name, projectName: row.candidate.project ?? row.candidate.name, resourceIds: new Set() })));
    }
    catch (error) {
        host.warning(`The stacks are deleted, but their retained volumes and secrets could not be looked up: ${(0,aws_clients/* errorMessage */.gJ)(error)}`);
        return;
    }
    for (const row of deleted) {
        const found = retained.get(row.candidate.name);
        if (!found)
            continue;
        const cleanup = await cleanUpRetained(clients, found, { deleteVolumes: options.deleteVolumes, deleteSecrets: options.deleteSecrets, signal: host.signal, host });
        if (cleanup.failures.length > 0) {
            row.outcome = 'failed';
            row.detail = `stack deleted; retained resources not deleted: ${cleanup.failures.join('; ')}`;
        }
    }
}
/** Stacks this action created that meet the criteria, oldest first. ListStacks is read to its last page. */
async function findSweepCandidates(clients, criteria) {
    const cutoff = criteria.olderThanMs !== undefined ? criteria.now - criteria.olderThanMs : undefined;
    const summaries = (await (0,operate_stacks/* listLiveStacks */.S$)(clients)).filter((summary) => {
        const name = summary.StackName ?? '';
        // Nested stacks belong to their parent; the action never creates any.
        if (summary.ParentId || summary.RootId)
            return false;
        // Age is judged after DescribeStacks: the created-at tag deploy sets is the environment's age; CreationTime
        // only stands in when the tag is missing.
        return criteria.patterns.length === 0 || matchesAnyGlob(name, criteria.patterns);
    });
    let stacks;
    if (summaries.length > DESCRIBE_ALL_THRESHOLD) {
        const wanted = new Set(summaries.map((s) => s.StackId));
        stacks = (await (0,operate_stacks/* describeAllStacks */.Oz)(clients)).filter((s) => wanted.has(s.StackId));
    }
    else {
        stacks = [];
        for (const summary of summaries) {
            const stack = await (0,operate_stacks/* describeStack */.GO)(clients, summary.StackId ?? summary.StackName ?? '');
            if (stack)
                stacks.push(stack);
        }
    }
    const candidates = [];
    for (const stack of stacks) {
        if (!(0,operate_stacks/* isActionStack */.DP)(stack) || !stack.StackName)
            continue;
        const tags = (0,operate_stacks/* tagsOf */.Fg)(stack);
        const tagged = Date.parse(tags.get(aws_stacks/* TAG_CREATED_AT */.gj) ?? '');
        const createdAt = new Date(Number.isFinite(tagged) ? tagged : (stack.CreationTime?.getTime() ?? 0));
        if (cutoff !== undefined && createdAt.getTime() > cutoff)
            continue;
        candidates.push({ name: stack.StackName, stack, project: (0,operate_stacks/* projectOfStack */.ZG)(stack), pr: tags.get(aws_stacks/* TAG_PR */.av), createdAt, protected: stack.EnableTerminationProtection === true });
    }
    return candidates.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.name.localeCompare(b.name));
}
function sweepTable(rows) {
    const now = Date.now();
    return {
        headers: ['Stack', 'Project', 'PR', 'Created', 'Age', 'Status', 'Outcome'],
        rows: rows.map(({ candidate, outcome, detail }) => [
            candidate.name,
            candidate.project ?? '',
            candidate.pr ?? '',
            candidate.createdAt.toISOString(),
            (0,duration/* formatDuration */.a3)(now - candidate.createdAt.getTime()),
            candidate.stack.StackStatus ?? '',
            detail ? `${outcome}: ${detail}` : outcome,
        ]),
    };
}
function sweepSummary(options) {
    const title = `## 🧹 compose-ecs teardown sweep${options.dryRun ? ' (dry run)' : ''}`;
    const intro = `Stacks created by compose-ecs-action in \`${options.region}\` where ${(0,github_escape/* escapeText */.X1)(options.criteria)}.`;
    const body = options.table.rows.length === 0 ? '_No stack matches._' : (0,operate_table/* markdownTable */.Q)(options.table);
    return `${title}\n\n${intro}\n\n${body}\n`;
}

;// CONCATENATED MODULE: ./src/modes/teardown.ts
// `teardown` (docker compose down): delete the stack and wait for it, streaming its events. A stack that does
// not exist is a success (a second teardown, or a PR closed before its first deploy). Termination protection is
// respected unless `force`. What outlives the stack — EFS file systems kept by DeletionPolicy Retain, secrets
// made outside the template — is reported, and deleted only with delete-volumes / delete-secrets.
//
// With `stack-pattern` and/or `older-than` it sweeps instead (teardown-sweep.ts): every stack this action
// created that matches.











async function runTeardown(context) {
    const { inputs } = context;
    if (inputs.string('stack-pattern') !== '' || inputs.string('older-than') !== '') {
        await runSweep(context);
        return;
    }
    await teardownOne(context);
}
async function teardownOne(context) {
    const { host, inputs } = context;
    const options = teardownOptions(context);
    const target = (0,operate_target/* stackTarget */.s2)(context);
    const { stackName } = target;
    host.setOutput('stack-name', stackName);
    const clients = aws_clients/* AwsClients */.cE.forHost(host, inputs);
    const report = { mode: 'teardown', result: 'success', stackName, project: target.projectName ?? stackName, region: clients.region, links: (0,operate_target/* consoleLinks */.tr)(clients), startedAt: new Date().toISOString() };
    let failure;
    let retainedMarkdown;
    let deleted = false;
    try {
        await (0,credentials/* verifyCredentials */.qH)(clients);
        const stack = await (0,operate_stacks/* describeStack */.GO)(clients, stackName);
        const projectName = target.projectName ?? (stack ? (0,operate_stacks/* projectOfStack */.ZG)(stack) : undefined) ?? stackName;
        report.project = projectName;
        let resourceIds = new Set();
        if (!stack) {
            host.info(`Stack ${stackName} does not exist in ${clients.region}: nothing to delete.`);
        }
        else {
            // Read before the deletion: afterwards the stack no longer lists what it held.
            resourceIds = new Set((await (0,operate_stacks/* listStackResources */.uq)(clients, stackName)).map((r) => r.PhysicalResourceId ?? '').filter((id) => id !== ''));
            const stream = await startDeletion(clients, { stack, roleArn: options.roleArn, force: options.force }, (line) => host.info(line));
            if (!options.wait) {
                report.stackStatus = 'DELETE_IN_PROGRESS';
                host.info(`Deletion of ${stackName} submitted; not waiting ("wait: false").`);
                deleted = true;
            }
            else {
                const outcome = await followDeletion(clients, stream, { stackName, stackId: stack.StackId ?? stackName, timeoutMs: options.timeoutMs, signal: host.signal, log: (line) => host.info(line) });
                report.events = outcome.events;
                report.stackStatus = outcome.status;
                if (outcome.status === 'DELETE_FAILED') {
                    const message = `Stack ${stackName} could not be deleted (DELETE_FAILED): ${outcome.reason}. Fix what blocks it, then run teardown again.`;
                    report.failure = { message, rootCauseEvents: outcome.rootCauses, serviceEvents: [], stoppedTasks: [] };
                    throw new errors/* UserError */.yo(message);
                }
                host.info(`Stack ${stackName} deleted.`);
                deleted = true;
            }
        }
        if (options.wait) {
            let retained;
            try {
                retained = (await findRetained(clients, [{ stackName, projectName, resourceIds }])).get(stackName);
            }
            catch (error) {
                // Only reporting was asked for: a role without EFS / Secrets Manager read access still tears down cleanly.
                if (options.deleteVolumes || options.deleteSecrets || !(0,aws_clients/* isAccessDenied */.w7)(error))
                    throw error;
                host.warning(`Stack ${stackName} is deleted, but its retained volumes and secrets could not be listed (${(0,aws_clients/* errorMessage */.gJ)(error)}). Grant elasticfilesystem:DescribeFileSystems and secretsmanager:ListSecrets to see them.`);
                return;
            }
            const cleanup = await cleanUpRetained(clients, retained, { deleteVolumes: options.deleteVolumes, deleteSecrets: options.deleteSecrets, signal: host.signal, host });
            retainedMarkdown = retainedSummary(retained, cleanup);
            if (cleanup.failures.length > 0)
                throw new errors/* UserError */.yo(`Stack ${stackName} is gone, but ${cleanup.failures.length} retained resource(s) could not be deleted: ${cleanup.failures.join('; ')}`);
        }
    }
    catch (error) {
        failure = error;
        report.result = 'failure';
        if (!report.failure)
            report.failure = { message: error instanceof errors/* UserError */.yo ? error.message : (0,aws_clients/* errorMessage */.gJ)(error), rootCauseEvents: [], serviceEvents: [], stoppedTasks: [] };
    }
    finally {
        host.setOutput('stacks', JSON.stringify(deleted ? [stackName] : []));
        report.finishedAt = new Date().toISOString();
        await (0,summary.writeSummary)(host, report);
        if (retainedMarkdown)
            await host.appendSummary(`\n${retainedMarkdown}`);
        await clients.destroy();
    }
    if (failure)
        throw failure;
}


/***/ }),

/***/ 650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NI: () => (/* binding */ pointInTimeInput),
/* harmony export */   Ts: () => (/* binding */ durationInput),
/* harmony export */   a3: () => (/* reexport safe */ _aws_wait_js__WEBPACK_IMPORTED_MODULE_1__.a3)
/* harmony export */ });
/* unused harmony export parseDurationMs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_wait_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6308);
// Durations and points in time as people type them in a workflow file: `30m`, `12h`, `7d`, `1h30m`, `2w`
// (older-than, since), or a timestamp (since). Every parse error names the input and shows a valid value.

const UNIT_MS = {
    ms: 1,
    s: 1_000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
};
/** `1h30m` → 5 400 000. Undefined when the text is not a duration (so callers can try a timestamp next). */
function parseDurationMs(text) {
    const compact = text.trim().toLowerCase().replace(/\s+/g, '');
    if (!/^(\d+(\.\d+)?(ms|s|m|h|d|w))+$/.test(compact))
        return undefined;
    let total = 0;
    for (const match of compact.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g))
        total += Number(match[1]) * UNIT_MS[match[2]];
    return total;
}
/** A duration input, positive. */
function durationInput(name, text) {
    const ms = parseDurationMs(text);
    if (ms === undefined || ms <= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input "${name}" must be a duration such as 30m, 12h, 7d or 1h30m (units: s, m, h, d, w); got "${text}".`);
    }
    return ms;
}
/**
 * A point in time: a duration before `now` (`10m`), an ISO 8601 timestamp (`2024-05-01T12:00:00Z`, a date alone
 * is midnight UTC) or epoch milliseconds/seconds. Returns epoch milliseconds.
 */
function pointInTimeInput(name, text, now) {
    const duration = parseDurationMs(text);
    if (duration !== undefined)
        return now - duration;
    const trimmed = text.trim();
    if (/^\d{12,13}$/.test(trimmed))
        return Number(trimmed);
    if (/^\d{9,10}$/.test(trimmed))
        return Number(trimmed) * 1000;
    // Date.parse accepts many loose forms; only ISO-like text is taken so "yesterday" is an error, not NaN later.
    if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) {
        const parsed = Date.parse(trimmed.replace(' ', 'T'));
        if (Number.isFinite(parsed))
            return parsed;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input "${name}" must be a duration before now (10m, 2h, 1d) or a timestamp (2024-05-01T12:00:00Z); got "${text}".`);
}
// Formatting a duration for a message is the waiter's (aws/wait.ts), shared by every mode.



/***/ }),

/***/ 4629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dw: () => (/* binding */ requireProjectSecret),
/* harmony export */   e3: () => (/* binding */ deleteSecret),
/* harmony export */   zS: () => (/* binding */ listProjectSecrets)
/* harmony export */ });
/* unused harmony exports SECRET_PROJECT_TAG_KEYS, belongsToProject, describeSecret */
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6076);
/* harmony import */ var _aws_stacks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3596);
/* harmony import */ var _convert_naming_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5419);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// The project's Secrets Manager secrets: those `secret create` made and those deploy created from local files.
// A secret belongs to a project when it carries the project's tag, under Docker's key
// (com.docker.compose.project) or the action's (compose-ecs-action:project); `secret create` sets both. The
// tag is the scope: list shows only the project's secrets, and inspect, update and delete refuse any other, so a
// workflow cannot touch a secret it did not make.




const SECRET_PROJECT_TAG_KEYS = [_convert_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .PROJECT_TAG */ .hc, _aws_stacks_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_PROJECT */ .Pl];
function belongsToProject(secret, project) {
    return (secret.Tags ?? []).some((t) => SECRET_PROJECT_TAG_KEYS.includes(t.Key) && t.Value === project);
}
/** Secrets tagged for the project, all pages; those scheduled for deletion only when asked. */
async function listProjectSecrets(clients, project, options = {}) {
    const { sdk, client } = await clients.secretsManager();
    const found = new Map();
    // One query per tag key: Secrets Manager ANDs filters, and a secret may carry either key.
    for (const key of SECRET_PROJECT_TAG_KEYS) {
        const paginator = sdk.paginateListSecrets({ client }, { Filters: [{ Key: 'tag-key', Values: [key] }, { Key: 'tag-value', Values: [project] }], IncludePlannedDeletion: options.includePlannedDeletion ?? false });
        for await (const page of paginator) {
            // The filters match prefixes and any tag: check the exact pair here.
            for (const secret of page.SecretList ?? [])
                if (secret.ARN && belongsToProject(secret, project))
                    found.set(secret.ARN, secret);
        }
    }
    return [...found.values()].sort((a, b) => (a.Name ?? '').localeCompare(b.Name ?? ''));
}
/** The secret's metadata, or undefined when there is no such secret. Never its value. */
async function describeSecret(clients, nameOrArn) {
    const { sdk, client } = await clients.secretsManager();
    try {
        return await client.send(new sdk.DescribeSecretCommand({ SecretId: nameOrArn }));
    }
    catch (error) {
        if ((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) === 'ResourceNotFoundException')
            return undefined;
        throw error;
    }
}
/** The secret, which must exist and belong to the project. */
async function requireProjectSecret(clients, nameOrArn, project, action) {
    const secret = await describeSecret(clients, nameOrArn);
    if (!secret)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Secret "${nameOrArn}" does not exist in ${clients.region}. List the project's secrets with secret-action: list.`);
    if (!belongsToProject(secret, project)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Refusing to ${action} secret "${secret.Name ?? nameOrArn}": it is not tagged for project "${project}" (${SECRET_PROJECT_TAG_KEYS.join(' or ')}). This mode only manages the project's own secrets; check "project-name", or manage this secret outside the action.`);
    }
    return secret;
}
/** Deletes a secret: scheduled after the recovery window (default 30 days), or at once. */
async function deleteSecret(clients, arn, immediately) {
    const { sdk, client } = await clients.secretsManager();
    const result = await client.send(new sdk.DeleteSecretCommand(immediately ? { SecretId: arn, ForceDeleteWithoutRecovery: true } : { SecretId: arn }));
    return { name: result.Name ?? arn, arn: result.ARN ?? arn, deletionDate: result.DeletionDate };
}


/***/ })

};
