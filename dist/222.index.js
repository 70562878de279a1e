export const id = 222;
export const ids = [222];
export const modules = {

/***/ 5222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPreview: () => (/* binding */ runPreview)
});

// EXTERNAL MODULE: ./src/modes/project.ts
var project = __webpack_require__(4449);
// EXTERNAL MODULE: ./src/modes/stage.ts + 2 modules
var stage = __webpack_require__(2920);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var aws_clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/aws/credentials.ts
var credentials = __webpack_require__(6963);
// EXTERNAL MODULE: ./src/aws/requirements.ts
var requirements = __webpack_require__(7677);
// EXTERNAL MODULE: ./src/aws/stacks.ts
var stacks = __webpack_require__(3596);
// EXTERNAL MODULE: ./src/aws/change-sets.ts
var change_sets = __webpack_require__(1935);
// EXTERNAL MODULE: ./src/aws/s3.ts
var s3 = __webpack_require__(1075);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/aws/template-diff.ts
// The read-only preview: when the credentials may read stacks but not create change sets, the deployed template
// (GetTemplate) is compared with the new one by logical id. It knows Add, Remove and Modify (with the top-level
// properties that differ) but not replacements or values resolved at deploy time; a changed resource Type is a
// replacement for certain.

async function deployedTemplate(clients, stackName) {
    const { sdk, client } = await clients.cloudFormation();
    const result = await client.send(new sdk.GetTemplateCommand({ StackName: stackName, TemplateStage: 'Original' }));
    return parseTemplateBody(result.TemplateBody ?? '{}');
}
/** JSON or YAML, short-form intrinsics (`!Ref x`) read as their long form so both spellings compare equal. */
function parseTemplateBody(body) {
    const trimmed = body.trimStart();
    if (trimmed.startsWith('{'))
        return JSON.parse(body);
    const intrinsic = (tag, long) => ({
        tag: `!${tag}`,
        resolve: (value) => ({ [long]: tag === 'GetAtt' && typeof value === 'string' ? value.split('.') : value }),
    });
    const names = ['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'Condition'];
    const customTags = [
        { tag: '!Ref', resolve: (value) => ({ Ref: value }) },
        intrinsic('GetAtt', 'Fn::GetAtt'),
        ...names.map((n) => intrinsic(n, n === 'Condition' ? 'Condition' : `Fn::${n}`)),
    ];
    const collections = customTags.flatMap((t) => [
        { ...t, collection: 'seq' },
        { ...t, collection: 'map' },
    ]);
    return (0,dist/* parse */.qg)(body, { customTags: [...customTags, ...collections] });
}
function stable(value) {
    if (Array.isArray(value))
        return `[${value.map(stable).join(',')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${stable(value[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value);
}
const ATTRIBUTES = ['DependsOn', 'Condition', 'DeletionPolicy', 'UpdateReplacePolicy', 'Metadata'];
/** Add/Modify/Remove by logical id, in the new template's order, removals last. */
function diffTemplates(deployed, next) {
    const before = deployed.Resources ?? {};
    const after = next.Resources ?? {};
    const changes = [];
    for (const [logicalId, resource] of Object.entries(after)) {
        const old = before[logicalId];
        if (!old) {
            changes.push({ logicalId, type: resource.Type, action: 'Add', details: [] });
            continue;
        }
        if (old.Type !== resource.Type) {
            changes.push({ logicalId, type: resource.Type, action: 'Modify', replacement: 'True', details: [{ attribute: 'Type', requiresRecreation: 'Always' }] });
            continue;
        }
        const details = [];
        const oldProps = old.Properties ?? {};
        const newProps = resource.Properties ?? {};
        for (const name of new Set([...Object.keys(oldProps), ...Object.keys(newProps)])) {
            if (stable(oldProps[name]) !== stable(newProps[name]))
                details.push({ attribute: 'Properties', name, changeSource: 'DirectModification' });
        }
        for (const attribute of ATTRIBUTES) {
            if (stable(old[attribute]) !== stable(resource[attribute]))
                details.push({ attribute });
        }
        if (details.length)
            changes.push({ logicalId, type: resource.Type, action: 'Modify', details });
    }
    for (const [logicalId, resource] of Object.entries(before)) {
        if (!after[logicalId])
            changes.push({ logicalId, type: resource.Type, action: 'Remove', details: [] });
    }
    return changes;
}

// EXTERNAL MODULE: ./src/aws/wait.ts
var wait = __webpack_require__(6308);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/report.ts
var github_report = __webpack_require__(2745);
;// CONCATENATED MODULE: ./src/modes/preview.ts
// `preview`: what a deploy would change, in three tiers, said plainly in the log and the summary.
//   1. change-set     credentials that may create change sets: a change set is created, described in full (property
//                     values, every page) and deleted again, with the REVIEW_IN_PROGRESS stack a CREATE change set
//                     leaves. Exact, replacements included.
//   2. template-diff  read-only credentials (CreateChangeSet denied): the deployed template (GetTemplate) compared
//                     with the new one by logical id. Add/Modify/Remove, replacements unknown.
//   3. template-only  no credentials at all (pull requests from forks get no secrets and no OIDC token): the template
//                     alone, with no network call; `has-changes` is left empty because nothing was compared.
// Every tier writes the template and sets template-path, template-sha256 and stack-name as convert does.












async function runPreview(context) {
    const { host } = context;
    const settings = (0,stage/* commentSettings */.Z1)(context);
    const loaded = (0,project/* loadForMode */.F1)(context);
    const source = (0,credentials/* credentialSource */.Ld)(host.env);
    if (!source) {
        await previewTemplateOnly(context, loaded, settings);
        return;
    }
    const clients = aws_clients/* AwsClients */.cE.forHost(host, context.inputs);
    const report = (0,stage/* newReport */.bQ)(context, loaded, 'preview', clients.region);
    const firstCall = clients.calls.calls.length;
    try {
        await (0,credentials/* verifyCredentials */.qH)(clients);
        host.info(`Preview of stack ${loaded.stackName} in ${clients.region} (credentials from ${source}).`);
        await (0,requirements/* checkAccountRequirements */.U)(clients, (m) => host.warning(m));
        const staged = await (0,stage/* stageTemplate */.xt)(context, loaded, { clients, pinImages: context.inputs.boolean('pin-images') });
        (0,stage/* attachTemplate */.yd)(report, staged);
        (0,s3/* requireTemplateStore */.HQ)(staged.body, (0,stage/* templateStoreFrom */.Wg)(context));
        const changes = await computeChanges(context, loaded, staged, clients, report);
        report.changes = changes;
        report.counts = (0,github_report/* countChanges */.xS)(changes);
        report.result = changes.length === 0 ? 'no-changes' : 'success';
        host.setOutput('has-changes', String(changes.length > 0));
        host.setOutput('changes-count', String(changes.length));
        host.setOutput('changes', (0,change_sets/* changesOutput */.b4)(changes));
        logChanges(host, report);
    }
    catch (error) {
        if (error instanceof wait/* Aborted */.aG)
            throw new errors/* UserError */.yo('Preview cancelled; any change set it created was deleted.');
        throw error;
    }
    finally {
        const calls = clients.calls.countByOperation(firstCall);
        host.debug(`AWS calls of this preview: ${JSON.stringify(calls)}`);
        await (0,stage/* publishReport */.S3)(context, report, settings);
        await clients.destroy();
    }
}
/** Tier 3: no credential source in the environment. No AWS client is even created. */
async function previewTemplateOnly(context, loaded, settings) {
    const { host } = context;
    const region = context.inputs.region(host.env);
    const report = (0,stage/* newReport */.bQ)(context, loaded, 'preview', region);
    const reason = 'no AWS credentials in this job (typical of pull requests from forks, which get no secrets and no OIDC token): the template alone, compared with nothing, and no AWS call made';
    report.preview = { tier: 'template-only', reason };
    try {
        host.info(`Preview tier: template only — ${reason}.`);
        const staged = await (0,stage/* stageTemplate */.xt)(context, loaded, { pinImages: false });
        (0,stage/* attachTemplate */.yd)(report, staged);
        report.result = 'success';
        // has-changes stays empty: nothing was compared, so it is unknown.
    }
    finally {
        await (0,stage/* publishReport */.S3)(context, report, settings);
    }
}
async function computeChanges(context, loaded, staged, clients, report) {
    const { host, inputs } = context;
    const { stackName } = loaded;
    const stack = await (0,stacks/* describeStack */.GO)(clients, stackName);
    const status = stack?.StackStatus;
    if (status === 'ROLLBACK_COMPLETE') {
        report.preview = {
            tier: 'template-diff',
            reason: `the stack is ROLLBACK_COMPLETE (its first deployment failed): a deploy with recreate-failed-stack: true deletes and recreates it, so every resource is added`,
        };
        host.warning(`Stack ${stackName} is ROLLBACK_COMPLETE: deploy will refuse it unless recreate-failed-stack is true, which deletes and recreates it.`);
        return diffTemplates({ AWSTemplateFormatVersion: '2010-09-09', Resources: {} }, staged.template);
    }
    if ((0,stacks/* isInProgress */.LT)(status) || status === 'UPDATE_ROLLBACK_FAILED') {
        // A change set cannot be created on a stack in this state; the deployed template still says what would change.
        return templateDiff(context, loaded, staged, clients, report, `the stack is ${status}, so no change set can be created now`);
    }
    const type = stack === undefined || status === 'REVIEW_IN_PROGRESS' ? 'CREATE' : 'UPDATE';
    const name = (0,change_sets/* changeSetName */.G)(host.env);
    const pacer = new wait/* Pacer */._E(clients.calls, host.signal);
    let created;
    try {
        const template = await (0,s3/* templateLocation */.aE)(clients, host.env, staged.body, staged.written.sha256, stackName, (0,stage/* templateStoreFrom */.Wg)(context), (m) => host.info(m));
        created = await (0,change_sets/* createChangeSet */.V$)(clients, {
            stackName,
            changeSetName: name,
            type,
            template,
            capabilities: inputs.list('capabilities'),
            parameters: (0,stacks/* parseParameters */._A)(inputs.string('parameters')),
            tags: (0,stacks/* stackTags */.cw)({
                project: loaded.project.name,
                repository: host.env.GITHUB_REPOSITORY,
                pr: (0,stacks/* pullRequestNumber */.Kd)(inputs.string('pr-number'), host.env),
                existing: stack,
                userTags: (0,stacks/* parseTags */.rL)(inputs.string('tags')),
            }),
            roleArn: inputs.string('cfn-role-arn') || undefined,
            description: `compose-ecs-action preview of ${loaded.project.name}`,
        });
        host.setOutput('change-set-id', created.id);
        report.preview = {
            tier: 'change-set',
            reason: type === 'CREATE' ? 'the stack does not exist yet: a CREATE change set, deleted after reading it' : 'an UPDATE change set of the deployed stack, deleted after reading it',
            changeSetName: name,
            changeSetId: created.id,
        };
        host.info(`Preview tier: change set ${name} (${type}).`);
        const outcome = await (0,change_sets/* waitForChangeSet */.bp)(clients, created.id, pacer);
        if (outcome.noChanges)
            return [];
        if (outcome.status !== 'CREATE_COMPLETE') {
            throw new errors/* UserError */.yo(`CloudFormation could not compute the changes of stack ${stackName}: ${outcome.reason ?? outcome.status}`);
        }
        return await (0,change_sets/* describeChangeSetFully */.sF)(clients, created.id);
    }
    catch (error) {
        if (error instanceof change_sets/* ChangeSetAccessDenied */.cY) {
            host.warning(`Cannot create a change set (${error.message}): falling back to comparing templates. Allow cloudformation:CreateChangeSet for an exact preview.`);
            return templateDiff(context, loaded, staged, clients, report, 'the credentials may not create change sets (read-only)');
        }
        throw error;
    }
    finally {
        if (created)
            await cleanUp(host, clients, created, type, stackName);
    }
}
/** Deletes the change set, and the empty REVIEW_IN_PROGRESS stack a CREATE change set made. */
async function cleanUp(host, clients, created, type, stackName) {
    try {
        await (0,change_sets/* deleteChangeSet */.cW)(clients, created.id);
        if (type === 'CREATE') {
            const stack = await (0,stacks/* describeStack */.GO)(clients, created.stackId);
            if (stack?.StackStatus === 'REVIEW_IN_PROGRESS') {
                const { sdk, client } = await clients.cloudFormation();
                await client.send(new sdk.DeleteStackCommand({ StackName: created.stackId }));
            }
        }
    }
    catch (error) {
        host.warning(`Could not delete the preview's change set ${created.id} of ${stackName}: ${(0,aws_clients/* errorMessage */.gJ)(error)}. Delete it (and a REVIEW_IN_PROGRESS stack) by hand.`);
    }
}
async function templateDiff(context, loaded, staged, clients, report, why) {
    const { host } = context;
    const stack = await (0,stacks/* describeStack */.GO)(clients, loaded.stackName);
    if (!stack || stack.StackStatus === 'REVIEW_IN_PROGRESS') {
        report.preview = { tier: 'template-diff', reason: `${why}; the stack does not exist yet, so every resource is added` };
        host.info(`Preview tier: template diff — ${report.preview.reason}.`);
        return diffTemplates({ AWSTemplateFormatVersion: '2010-09-09', Resources: {} }, staged.template);
    }
    try {
        const deployed = await deployedTemplate(clients, loaded.stackName);
        report.preview = { tier: 'template-diff', reason: `${why}: the deployed template compared with the new one (replacements are not known in this tier)` };
        host.info(`Preview tier: template diff — ${report.preview.reason}.`);
        return diffTemplates(deployed, staged.template);
    }
    catch (error) {
        if (!(0,aws_clients/* isAccessDenied */.w7)(error))
            throw error;
        throw new errors/* UserError */.yo(`Cannot read the deployed template of ${loaded.stackName} either (${(0,aws_clients/* errorMessage */.gJ)(error)}). Allow cloudformation:GetTemplate (read-only) or cloudformation:CreateChangeSet for a preview.`, {
            cause: error,
        });
    }
}
function logChanges(host, report) {
    const changes = report.changes ?? [];
    if (changes.length === 0) {
        host.info(`No changes: stack ${report.stackName} already matches the template.`);
        return;
    }
    const counts = report.counts ?? (0,github_report/* countChanges */.xS)(changes);
    host.info(`${changes.length} change(s): ${counts.add} to add, ${counts.modify} to modify, ${counts.replace} to replace, ${counts.remove} to remove.`);
    for (const change of changes) {
        const replacement = change.replacement === 'True' ? ' (REPLACEMENT)' : change.replacement === 'Conditional' ? ' (may be replaced)' : '';
        host.info(`  ${change.action.padEnd(7)} ${change.logicalId} ${change.type}${replacement}`);
    }
}


/***/ })

};
