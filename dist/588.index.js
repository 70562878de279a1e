export const id = 588;
export const ids = [588];
export const modules = {

/***/ 1588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeploy: () => (/* binding */ runDeploy)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/modes/project.ts
var modes_project = __webpack_require__(4449);
// EXTERNAL MODULE: ./src/modes/stage.ts + 2 modules
var stage = __webpack_require__(2920);
// EXTERNAL MODULE: ./src/aws/stacks.ts
var stacks = __webpack_require__(3596);
// EXTERNAL MODULE: ./src/aws/wait.ts
var wait = __webpack_require__(6308);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/modes/deploy-preflight.ts
// Before deploy creates its change set, the stack must be in a state that accepts one:
//   *_IN_PROGRESS          another operation runs (a concurrent run, a manual change): wait for it, bounded by the
//                          run's timeout, then look again.
//   ROLLBACK_COMPLETE      the first deployment failed; the stack holds nothing and cannot be updated. Deleted and
//                          recreated only with `recreate-failed-stack: true` (the anchor did this unasked, #107).
//   UPDATE_ROLLBACK_FAILED stuck until someone continues the rollback: explained with the command.
//   other *_FAILED         explained, with what to do.
// Returns the stack to update, or undefined when a new one is to be created.




async function prepareStack(clients, options) {
    const { host, stackName } = options;
    let stack = await (0,stacks/* describeStack */.GO)(clients, stackName);
    if ((0,stacks/* isInProgress */.LT)(stack?.StackStatus))
        stack = await waitWhileInProgress(clients, stack, options);
    const status = stack?.StackStatus;
    switch (status) {
        case undefined:
            return undefined;
        case 'ROLLBACK_COMPLETE': {
            const why = stack.StackStatusReason ? ` (${stack.StackStatusReason})` : '';
            if (!options.recreateFailedStack) {
                throw new errors/* UserError */.yo(`Stack ${stackName} is ROLLBACK_COMPLETE: its first deployment failed${why} and CloudFormation cannot update it. ` +
                    'Set recreate-failed-stack: true to delete it and create it again (it holds no running resources), or delete it yourself: ' +
                    `aws cloudformation delete-stack --stack-name ${stackName}`);
            }
            host.info(`Stack ${stackName} is ROLLBACK_COMPLETE${why}; recreate-failed-stack is true, so it is deleted and created again.`);
            await deleteFailedStack(clients, stack, options);
            return undefined;
        }
        case 'UPDATE_ROLLBACK_FAILED':
            throw new errors/* UserError */.yo(`Stack ${stackName} is UPDATE_ROLLBACK_FAILED: a rollback could not finish${stack.StackStatusReason ? ` (${stack.StackStatusReason})` : ''}, and no update is possible until it does. ` +
                `Fix the cause (often a resource changed or deleted outside CloudFormation), then continue the rollback: aws cloudformation continue-update-rollback --stack-name ${stackName} ` +
                '(add --resources-to-skip <LogicalId> for resources that cannot be rolled back), or use "Continue update rollback" in the CloudFormation console; then deploy again.');
        case 'ROLLBACK_FAILED':
        case 'DELETE_FAILED':
        case 'CREATE_FAILED':
        case 'IMPORT_ROLLBACK_FAILED':
            throw new errors/* UserError */.yo(`Stack ${stackName} is ${status}${stack.StackStatusReason ? ` (${stack.StackStatusReason})` : ''} and cannot be updated. ` +
                `Delete it (aws cloudformation delete-stack --stack-name ${stackName}, with --retain-resources for resources that cannot be deleted), then deploy again.`);
        default:
            return stack;
    }
}
/** Polls DescribeStacks until the running operation ends, logging about every 30 s. */
async function waitWhileInProgress(clients, stack, options) {
    const { host, stackName } = options;
    host.info(`Stack ${stackName} is ${stack.StackStatus} (another operation is running): waiting for it to finish before deploying.`);
    const pacer = new wait/* Pacer */._E(clients.calls, host.signal, { intervalsMs: [2000, 3000, 5000] });
    const started = Date.now();
    let lastLog = started;
    let current = stack;
    while ((0,stacks/* isInProgress */.LT)(current?.StackStatus)) {
        if (Date.now() >= options.deadline) {
            throw new errors/* UserError */.yo(`Stack ${stackName} is still ${current.StackStatus} after waiting ${(0,wait/* formatDuration */.a3)(Date.now() - started)} for another operation to finish; nothing was deployed. ` +
                'Run deploys of one stack one at a time (a workflow `concurrency:` group), or raise timeout-minutes.');
        }
        await pacer.pause();
        current = await (0,stacks/* describeStack */.GO)(clients, stack.StackId ?? stackName);
        if (Date.now() - lastLog >= 30_000) {
            lastLog = Date.now();
            host.info(`… still waiting for ${stackName}: ${current?.StackStatus ?? 'deleted'} after ${(0,wait/* formatDuration */.a3)(Date.now() - started)}`);
        }
    }
    host.info(`Stack ${stackName} is now ${current?.StackStatus ?? 'deleted'}.`);
    // DescribeStacks by id returns a deleted stack as DELETE_COMPLETE: that is no stack.
    return current?.StackStatus === 'DELETE_COMPLETE' ? undefined : current;
}
async function deleteFailedStack(clients, stack, options) {
    const { sdk, client } = await clients.cloudFormation();
    const token = `compose-ecs-delete-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    const since = new Date(Date.now() - 1000);
    await client.send(new sdk.DeleteStackCommand({ StackName: stack.StackId, ClientRequestToken: token }));
    const result = await (0,wait/* waitForStackOperation */.ab)(clients, { stackId: stack.StackId, stackName: options.stackName, clientRequestToken: token, since }, { signal: options.host.signal, timeoutMs: Math.max(0, options.deadline - Date.now()), log: (line) => options.host.info(line) });
    if (result.outcome !== 'final' || result.status !== 'DELETE_COMPLETE') {
        throw new errors/* UserError */.yo(`Could not delete the failed stack ${options.stackName} before recreating it: it is ${result.status}${result.reason ? ` (${result.reason})` : ''}${result.outcome === 'timeout' ? ' (timed out)' : result.outcome === 'aborted' ? ' (cancelled)' : ''}. Delete it yourself and deploy again.`);
    }
}

// EXTERNAL MODULE: ./src/convert/naming.ts
var naming = __webpack_require__(5419);
;// CONCATENATED MODULE: ./src/modes/deploy-outputs.ts
// deploy's outputs after the stack reached its final state: stack-id, status, the stack Outputs as JSON, and
// the public URLs by service. The converter emits one Output per published port, `<S><PROTO><port>Url`, valued
// `<scheme>://<load balancer DNS>:<port>` (convert/loadbalancer.ts); the service is found by its normalised name.

function stackOutputs(stack) {
    return (stack?.Outputs ?? []).flatMap((o) => o.OutputKey ? [{ key: o.OutputKey, value: o.OutputValue ?? '', ...(o.Description ? { description: o.Description } : {}) }] : []);
}
/** Service name → its public URLs, in output-key order. */
function serviceUrls(project, outputs) {
    const byNormalized = new Map(Object.keys(project.services).map((name) => [(0,naming/* normalizeResourceName */.LU)(name), name]));
    const urls = {};
    for (const output of outputs) {
        const match = /^(.+?)(TCP|UDP)(\d+)Url$/.exec(output.key);
        if (!match)
            continue;
        const service = byNormalized.get(match[1]) ?? /^Public endpoint of service (.+), port /.exec(output.description ?? '')?.[1];
        if (service === undefined || !/^[a-z]+:\/\//.test(output.value))
            continue;
        (urls[service] ??= []).push(output.value);
    }
    return urls;
}
/** Sets stack-id, status, outputs, urls and url, and fills the report. */
function publishStackOutputs(host, project, stack, report) {
    const outputs = stackOutputs(stack);
    const urls = serviceUrls(project, outputs);
    const first = Object.values(urls).flat()[0];
    if (stack?.StackId)
        host.setOutput('stack-id', stack.StackId);
    if (stack?.StackStatus)
        host.setOutput('status', stack.StackStatus);
    host.setOutput('outputs', JSON.stringify(Object.fromEntries(outputs.map((o) => [o.key, o.value]))));
    host.setOutput('urls', JSON.stringify(urls));
    host.setOutput('url', first ?? '');
    report.outputs = outputs;
    report.urls = urls;
    report.stackStatus = stack?.StackStatus;
    for (const [service, list] of Object.entries(urls))
        host.info(`${service}: ${list.join(' ')}`);
}

// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var aws_clients = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/aws/credentials.ts
var credentials = __webpack_require__(6963);
// EXTERNAL MODULE: ./src/aws/requirements.ts
var requirements = __webpack_require__(7677);
// EXTERNAL MODULE: ./src/aws/change-sets.ts
var change_sets = __webpack_require__(1935);
// EXTERNAL MODULE: ./src/aws/s3.ts
var s3 = __webpack_require__(1075);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/aws/secrets.ts
// The secrets deploy uploads before the change set runs: Compose secrets from a local file or an environment
// variable (convert/secrets.ts fileSecretsOf / environmentSecretsOf name them `compose-ecs/<stack>/<key>`; the
// template only refers to them). Each value is masked before anything else happens, never logged, and written
// only when it differs from the current one, so an unchanged secret gets no new version.



const TAG_STACK = 'compose-ecs-action:stack';
/** Reads every value (a missing file or variable fails here, before any AWS call) and masks it. */
function readSecretValues(files, variables, env, setSecret) {
    const secrets = [];
    for (const secret of files) {
        let value;
        try {
            value = (0,external_node_fs_.readFileSync)(secret.file, 'utf8');
        }
        catch (error) {
            throw new errors/* UserError */.yo(`secrets.${secret.key}: cannot read ${secret.file}: ${(0,aws_clients/* errorMessage */.gJ)(error)}. Create the file (in CI, write it from a GitHub secret first) or make the secret external.`, {
                key: `secrets.${secret.key}`,
            });
        }
        secrets.push({ key: secret.key, name: secret.name, from: secret.file, value });
    }
    for (const secret of variables) {
        const value = env[secret.environment];
        if (value === undefined) {
            throw new errors/* UserError */.yo(`secrets.${secret.key}: the environment variable ${secret.environment} is not set. Pass it to the step (env: ${secret.environment}: \${{ secrets.… }}).`, {
                key: `secrets.${secret.key}`,
            });
        }
        secrets.push({ key: secret.key, name: secret.name, from: `$${secret.environment}`, value });
    }
    for (const secret of secrets) {
        if (secret.value === '')
            throw new errors/* UserError */.yo(`secrets.${secret.key}: ${secret.from} is empty; Secrets Manager stores no empty value.`, { key: `secrets.${secret.key}` });
        setSecret(secret.value);
        // A trailing newline is how files end; mask the trimmed form too, since logs may show either.
        if (secret.value.trim() !== secret.value && secret.value.trim() !== '')
            setSecret(secret.value.trim());
    }
    return secrets;
}
async function uploadSecrets(clients, secrets, tags) {
    if (secrets.length === 0)
        return [];
    const { sdk, client } = await clients.secretsManager();
    const results = [];
    for (const secret of secrets) {
        try {
            await client.send(new sdk.CreateSecretCommand({ Name: secret.name, SecretString: secret.value, Tags: tags, Description: `Compose secret "${secret.key}", uploaded by compose-ecs-action` }));
            results.push({ name: secret.name, action: 'created' });
            continue;
        }
        catch (error) {
            if ((0,aws_clients/* errorCode */.CA)(error) === 'InvalidRequestException' && /scheduled for deletion|marked for deletion/i.test((0,aws_clients/* errorMessage */.gJ)(error))) {
                await client.send(new sdk.RestoreSecretCommand({ SecretId: secret.name }));
            }
            else if ((0,aws_clients/* errorCode */.CA)(error) !== 'ResourceExistsException') {
                throw secretError(secret, error);
            }
        }
        try {
            let current;
            try {
                current = (await client.send(new sdk.GetSecretValueCommand({ SecretId: secret.name }))).SecretString;
            }
            catch (error) {
                // May write but not read: write unconditionally.
                if (!(0,aws_clients/* isAccessDenied */.w7)(error) && (0,aws_clients/* errorCode */.CA)(error) !== 'ResourceNotFoundException')
                    throw error;
            }
            if (current === secret.value) {
                results.push({ name: secret.name, action: 'unchanged' });
            }
            else {
                await client.send(new sdk.PutSecretValueCommand({ SecretId: secret.name, SecretString: secret.value }));
                results.push({ name: secret.name, action: 'updated' });
            }
            await client.send(new sdk.TagResourceCommand({ SecretId: secret.name, Tags: tags }));
        }
        catch (error) {
            throw secretError(secret, error);
        }
    }
    return results;
}
function secretError(secret, error) {
    const hint = (0,aws_clients/* isAccessDenied */.w7)(error) ? ' Allow secretsmanager:CreateSecret, PutSecretValue, GetSecretValue and TagResource on compose-ecs/* for the job.' : '';
    return new errors/* UserError */.yo(`Cannot upload secret "${secret.key}" (from ${secret.from}) to Secrets Manager as ${secret.name}: ${(0,aws_clients/* errorCode */.CA)(error) || 'error'}: ${(0,aws_clients/* errorMessage */.gJ)(error)}.${hint}`, { cause: error });
}

;// CONCATENATED MODULE: ./src/aws/diagnose.ts
// Why a deployment failed, gathered after the fact and put in the log and the run report: the first root-cause
// stack events, and for each failing ECS service its latest service events, its stopped tasks' stop reasons and
// the last log lines of their containers. The anchors hid all of this (amazon-ecs-deploy-task-definition#447);
// people had to open the console to learn a task could not pull its image.
//
// Diagnosis never fails the run a second time: any error here is reported as a note and the rest continues.

const SERVICE_ARN = /^arn:aws[a-z-]*:ecs:[^:]+:\d+:service\/([^/]+)\/(.+)$/;
/** ECS service ARNs of the services that failed (or, when none is named, of every service of the operation). */
function failingServices(rootCauses, events) {
    const failedIds = new Set(rootCauses.filter((e) => e.type === 'AWS::ECS::Service').map((e) => e.logicalId));
    const circuitBreaker = events.some((e) => /circuit breaker/i.test(e.reason ?? ''));
    const candidates = events.filter((e) => e.type === 'AWS::ECS::Service' && (failedIds.size === 0 ? circuitBreaker || rootCauses.length === 0 : failedIds.has(e.logicalId)));
    const found = new Map();
    for (const event of candidates) {
        const match = SERVICE_ARN.exec(event.physicalId ?? '');
        if (match && !found.has(event.logicalId))
            found.set(event.logicalId, { cluster: match[1], service: match[2], logicalId: event.logicalId });
    }
    return [...found.values()];
}
async function diagnoseFailure(clients, options) {
    const report = { message: options.message, rootCauseEvents: options.rootCauses, serviceEvents: [], stoppedTasks: [] };
    const log = options.log;
    if (options.rootCauses.length) {
        log('Root cause:');
        for (const e of options.rootCauses)
            log(`  ${e.logicalId} (${e.type}) ${e.status}: ${e.reason ?? 'no reason given'}`);
    }
    for (const target of failingServices(options.rootCauses, options.events).slice(0, 3)) {
        try {
            await diagnoseService(clients, target, report, options);
        }
        catch (error) {
            log(`  (could not read ECS details of ${target.service}: ${(0,aws_clients/* errorMessage */.gJ)(error)})`);
        }
    }
    return report;
}
async function diagnoseService(clients, target, report, options) {
    const { sdk, client } = await clients.ecs();
    const log = options.log;
    const described = await client.send(new sdk.DescribeServicesCommand({ cluster: target.cluster, services: [target.service] }));
    const service = described.services?.[0];
    const events = (service?.events ?? []).slice(0, options.serviceEventLimit ?? 5).map((e) => ({
        service: target.service,
        message: e.message ?? '',
        ...(e.createdAt ? { createdAt: e.createdAt.toISOString() } : {}),
    }));
    report.serviceEvents.push(...events);
    if (events.length) {
        log(`Latest events of ECS service ${target.service} (${target.logicalId}):`);
        for (const e of events)
            log(`  ${e.createdAt?.slice(11, 19) ?? ''} ${e.message}`);
    }
    const listed = await client.send(new sdk.ListTasksCommand({ cluster: target.cluster, serviceName: target.service, desiredStatus: 'STOPPED' }));
    const arns = (listed.taskArns ?? []).slice(0, options.stoppedTaskLimit ?? 3);
    if (arns.length === 0)
        return;
    const tasks = (await client.send(new sdk.DescribeTasksCommand({ cluster: target.cluster, tasks: arns }))).tasks ?? [];
    const logConfigs = new Map();
    for (const task of tasks) {
        const taskId = task.taskArn?.split('/').pop() ?? '';
        if (task.taskDefinitionArn && !logConfigs.has(task.taskDefinitionArn)) {
            logConfigs.set(task.taskDefinitionArn, await logConfigurationOf(clients, task.taskDefinitionArn).catch(() => new Map()));
        }
        const configs = logConfigs.get(task.taskDefinitionArn ?? '') ?? new Map();
        const containers = [];
        for (const container of task.containers ?? []) {
            const entry = { name: container.name ?? '' };
            if (container.exitCode !== undefined)
                entry.exitCode = container.exitCode;
            if (container.reason)
                entry.reason = container.reason;
            const described = configs.get(entry.name);
            const config = described?.group && described.prefix ? described : { group: options.defaultLogGroup, prefix: options.defaultStreamPrefix };
            if (config?.group && config.prefix) {
                entry.logGroup = config.group;
                entry.logStream = `${config.prefix}/${entry.name}/${taskId}`;
                entry.lastLogLines = await lastLogLines(clients, config.group, entry.logStream, options.logLineLimit ?? 10);
            }
            containers.push(entry);
        }
        const stopped = { taskId, service: target.service, containers };
        if (task.stoppedAt)
            stopped.stoppedAt = task.stoppedAt.toISOString();
        if (task.stopCode)
            stopped.stopCode = task.stopCode;
        if (task.stoppedReason)
            stopped.stoppedReason = task.stoppedReason;
        report.stoppedTasks.push(stopped);
        log(`Stopped task ${taskId} of ${target.service}: ${stopped.stopCode ?? ''} ${stopped.stoppedReason ?? ''}`.trimEnd());
        for (const c of containers) {
            log(`  container ${c.name}${c.exitCode !== undefined ? ` exited ${c.exitCode}` : ''}${c.reason ? `: ${c.reason}` : ''}`);
            for (const line of c.lastLogLines ?? [])
                log(`    | ${line}`);
        }
    }
}
async function logConfigurationOf(clients, taskDefinitionArn) {
    const { sdk, client } = await clients.ecs();
    const result = await client.send(new sdk.DescribeTaskDefinitionCommand({ taskDefinition: taskDefinitionArn }));
    const configs = new Map();
    for (const container of result.taskDefinition?.containerDefinitions ?? []) {
        const options = container.logConfiguration?.logDriver === 'awslogs' ? container.logConfiguration.options ?? {} : {};
        if (container.name)
            configs.set(container.name, { group: options['awslogs-group'], prefix: options['awslogs-stream-prefix'] });
    }
    return configs;
}
async function lastLogLines(clients, group, stream, limit) {
    const { sdk, client } = await clients.logs();
    try {
        const result = await client.send(new sdk.GetLogEventsCommand({ logGroupName: group, logStreamName: stream, limit, startFromHead: false }));
        return (result.events ?? []).map((e) => (e.message ?? '').replace(/\s+$/, ''));
    }
    catch {
        // The stream may not exist (the container never started): no lines to show.
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/convert/secrets.ts
var convert_secrets = __webpack_require__(8229);
// EXTERNAL MODULE: ./src/github/report.ts
var github_report = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/github/reviewed.ts
var github_reviewed = __webpack_require__(3346);
;// CONCATENATED MODULE: ./src/modes/deploy.ts
// `deploy`: the Compose project as one CloudFormation stack, executed through a change set as a rolling update.
//
//   credentials      checked first: a job without them fails at once, before any registry or AWS call.
//   reviewed-deploy  optionally refuses a model that differs from the one the pull request's preview showed.
//   stage            lookups, digest pinning, conversion, the written template (stage.ts, shared with preview).
//   preflight        the stack's state must accept a change set (deploy-preflight.ts).
//   secrets          file and environment secrets uploaded to Secrets Manager before the change set runs.
//   change set       created, waited for, described; "no changes" is a success with has-changes=false.
//   execute + wait   events streamed once each; success only when the stack reaches its final *_COMPLETE state.
//                    A rollback (the ECS circuit breaker's included) fails the run with its diagnosis.
//   cancel           SIGINT/SIGTERM stop the wait within seconds; cancel-on-abort also cancels the update; an
//                    unexecuted change set is deleted; the log says what state the stack is in.


















function readDeployInputs(context) {
    const { inputs } = context;
    const minutes = inputs.number('timeout-minutes', { min: 0 });
    if (minutes === 0)
        throw new errors/* UserError */.yo('Input "timeout-minutes" must be more than 0 (fractions such as 0.5 are allowed).');
    return {
        wait: inputs.boolean('wait'),
        timeoutMs: minutes * 60_000,
        terminationProtection: inputs.optionalBoolean('termination-protection'),
        recreateFailedStack: inputs.boolean('recreate-failed-stack'),
        pinImages: inputs.boolean('pin-images'),
        forceNewDeployment: inputs.boolean('force-new-deployment'),
        cancelOnAbort: inputs.boolean('cancel-on-abort'),
        reviewedDeploy: inputs.boolean('reviewed-deploy'),
        capabilities: inputs.list('capabilities'),
        parameters: (0,stacks/* parseParameters */._A)(inputs.string('parameters')),
        userTags: (0,stacks/* parseTags */.rL)(inputs.string('tags')),
        roleArn: inputs.string('cfn-role-arn') || undefined,
    };
}
async function runDeploy(context) {
    const { host } = context;
    const started = Date.now();
    const settings = (0,stage/* commentSettings */.Z1)(context);
    const options = readDeployInputs(context);
    const deadline = started + options.timeoutMs;
    const loaded = (0,modes_project/* loadForMode */.F1)(context);
    const { project, stackName } = loaded;
    // Values are read (and masked) before anything else: a missing secret file fails without touching AWS.
    const secrets = readSecretValues((0,convert_secrets/* fileSecretsOf */.dy)(project, stackName), (0,convert_secrets/* environmentSecretsOf */.eb)(project, stackName), host.env, (v) => host.setSecret(v));
    const clients = aws_clients/* AwsClients */.cE.forHost(host, context.inputs);
    const report = (0,stage/* newReport */.bQ)(context, loaded, 'deploy', clients.region);
    let reviewed;
    try {
        await (0,credentials/* verifyCredentials */.qH)(clients);
        if (options.reviewedDeploy) {
            reviewed = await (0,github_reviewed/* checkReviewedDeploy */.PD)(host, { token: settings.token, stackName, region: clients.region, hashes: report.hashes });
        }
        await (0,requirements/* checkAccountRequirements */.U)(clients, (m) => host.warning(m));
        const staged = await (0,stage/* stageTemplate */.xt)(context, loaded, {
            clients,
            pinImages: options.pinImages,
            forceNewDeploymentNonce: options.forceNewDeployment ? (0,stage/* runToken */.fu)(host.env) : undefined,
        });
        (0,stage/* attachTemplate */.yd)(report, staged);
        const store = (0,stage/* templateStoreFrom */.Wg)(context);
        (0,s3/* requireTemplateStore */.HQ)(staged.body, store);
        const existing = await prepareStack(clients, { stackName, recreateFailedStack: options.recreateFailedStack, deadline, host });
        if (secrets.length) {
            const results = await uploadSecrets(clients, secrets, [
                { Key: stacks/* DOCKER_PROJECT_TAG */.W8, Value: project.name },
                { Key: stacks/* TAG_PROJECT */.Pl, Value: project.name },
                { Key: TAG_STACK, Value: stackName },
            ]);
            for (const r of results)
                host.info(`Secret ${r.name}: ${r.action}.`);
        }
        const template = await (0,s3/* templateLocation */.aE)(clients, host.env, staged.body, staged.written.sha256, stackName, store, (m) => host.info(m));
        await deployChangeSet(context, loaded, clients, report, options, existing, template, deadline);
    }
    finally {
        if (reviewed) {
            await (0,github_reviewed/* markDeployed */.qj)(host, {
                token: settings.token,
                stackName,
                region: clients.region,
                outcome: report.result === 'failure' ? 'failed' : 'deployed',
                url: Object.values(report.urls ?? {}).flat()[0],
                target: reviewed,
            });
        }
        await (0,stage/* publishReport */.S3)(context, report, settings);
        await clients.destroy();
        host.debug(`AWS calls of this deploy: ${JSON.stringify(clients.calls.countByOperation())}`);
    }
}
async function deployChangeSet(context, loaded, clients, report, options, existing, template, deadline) {
    const { host } = context;
    const { stackName, project } = loaded;
    const type = existing === undefined || existing.StackStatus === 'REVIEW_IN_PROGRESS' ? 'CREATE' : 'UPDATE';
    const name = (0,change_sets/* changeSetName */.G)(host.env);
    if (host.signal.aborted)
        throw new errors/* UserError */.yo(`Deployment cancelled before any change set was created: stack ${stackName} is unchanged.`);
    let created;
    try {
        created = await (0,change_sets/* createChangeSet */.V$)(clients, {
            stackName,
            changeSetName: name,
            type,
            template,
            capabilities: options.capabilities,
            parameters: options.parameters,
            tags: (0,stacks/* stackTags */.cw)({
                project: project.name,
                repository: host.env.GITHUB_REPOSITORY,
                pr: (0,stacks/* pullRequestNumber */.Kd)(context.inputs.string('pr-number'), host.env),
                existing,
                userTags: options.userTags,
            }),
            roleArn: options.roleArn,
            description: `compose-ecs-action deploy of ${project.name}`,
        });
    }
    catch (error) {
        if (error instanceof change_sets/* ChangeSetAccessDenied */.cY) {
            throw new errors/* UserError */.yo(`The credentials may not create change sets (${error.message}). deploy needs cloudformation:CreateChangeSet and ExecuteChangeSet (see mode: permissions).`, { cause: error });
        }
        throw error;
    }
    host.setOutput('change-set-id', created.id);
    report.preview = { tier: 'change-set', reason: `${type} change set executed by this deploy`, changeSetName: name, changeSetId: created.id };
    host.info(`Change set ${name} (${type}) for stack ${stackName}.`);
    let executed = false;
    try {
        const outcome = await (0,change_sets/* waitForChangeSet */.bp)(clients, created.id, new wait/* Pacer */._E(clients.calls, host.signal), Math.max(1_000, Math.min(change_sets/* CHANGE_SET_CREATION_LIMIT_MS */.nu, deadline - Date.now())));
        if (outcome.noChanges) {
            host.info(`No changes: stack ${stackName} already matches the template.`);
            report.changes = [];
            report.counts = (0,github_report/* countChanges */.xS)([]);
            report.result = 'no-changes';
            host.setOutput('has-changes', 'false');
            await applyTerminationProtection(clients, host, created.stackId, options.terminationProtection);
            publishStackOutputs(host, project, await (0,stacks/* describeStack */.GO)(clients, created.stackId), report);
            return;
        }
        if (outcome.status !== 'CREATE_COMPLETE') {
            throw new errors/* UserError */.yo(`CloudFormation rejected the change set for stack ${stackName}: ${outcome.reason ?? outcome.status}`);
        }
        const changes = await (0,change_sets/* describeChangeSetFully */.sF)(clients, created.id);
        report.changes = changes;
        report.counts = (0,github_report/* countChanges */.xS)(changes);
        const counts = report.counts;
        host.info(`${changes.length} change(s): ${counts.add} to add, ${counts.modify} to modify, ${counts.replace} to replace, ${counts.remove} to remove.`);
        for (const c of changes)
            host.info(`  ${c.action.padEnd(7)} ${c.logicalId} ${c.type}${c.replacement === 'True' ? ' (REPLACEMENT)' : ''}`);
        if (host.signal.aborted)
            throw new wait/* Aborted */.aG();
        const token = `compose-ecs-${(0,stage/* runToken */.fu)(host.env).replace(/[^a-zA-Z0-9-]/g, '')}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`.slice(0, 128);
        const since = new Date(Date.now() - 1000);
        const { sdk, client } = await clients.cloudFormation();
        await client.send(new sdk.ExecuteChangeSetCommand({ ChangeSetName: created.id, ClientRequestToken: token }));
        executed = true;
        host.setOutput('has-changes', 'true');
        host.setOutput('stack-id', created.stackId);
        if (!options.wait) {
            const status = type === 'CREATE' ? 'CREATE_IN_PROGRESS' : 'UPDATE_IN_PROGRESS';
            host.setOutput('status', status);
            report.stackStatus = status;
            report.result = 'success';
            host.info(`Change set executing; not waiting (wait: false). Stack ${stackName} is ${status}.`);
            return;
        }
        host.info(`Executing; waiting up to ${(0,wait/* formatDuration */.a3)(Math.max(0, deadline - Date.now()))} for stack ${stackName}.`);
        const result = await (0,wait/* waitForStackOperation */.ab)(clients, { stackId: created.stackId, stackName, clientRequestToken: token, since }, { signal: host.signal, timeoutMs: Math.max(0, deadline - Date.now()), log: (line) => host.info(line) });
        report.events = result.stream.events;
        await concludeOperation(context, loaded, clients, report, options, created.stackId, result);
    }
    catch (error) {
        if (error instanceof wait/* Aborted */.aG)
            throw new errors/* UserError */.yo(`Deployment cancelled before the change set ran: it was deleted and stack ${stackName} is unchanged.`);
        throw error;
    }
    finally {
        if (!executed)
            await discardChangeSet(host, clients, created.id, type, created.stackId, stackName);
    }
}
/** Success, failure with diagnosis, timeout or cancel: the run's verdict on a finished wait. */
async function concludeOperation(context, loaded, clients, report, options, stackId, result) {
    const { host } = context;
    const { stackName, project } = loaded;
    if (result.outcome === 'aborted') {
        throw new errors/* UserError */.yo(await cancelOperation(clients, host, stackId, stackName, options.cancelOnAbort));
    }
    if (result.outcome === 'timeout') {
        const stack = await (0,stacks/* describeStack */.GO)(clients, stackId);
        report.stackStatus = stack?.StackStatus;
        throw new errors/* UserError */.yo(`Timed out after ${(0,wait/* formatDuration */.a3)(options.timeoutMs)} (timeout-minutes): stack ${stackName} is still ${stack?.StackStatus ?? result.status}. ` +
            `CloudFormation carries on without this run; follow it in the console${report.links?.cloudFormation ? ` (${report.links.cloudFormation})` : ''}, or raise timeout-minutes.`);
    }
    host.debug(`final-state-seen-at ${new Date(result.finalSeenAt ?? Date.now()).toISOString()}`);
    if (stacks/* SUCCESS_STATES */.Vb.has(result.status)) {
        report.result = 'success';
        await applyTerminationProtection(clients, host, stackId, options.terminationProtection);
        publishStackOutputs(host, project, await (0,stacks/* describeStack */.GO)(clients, stackId), report);
        host.info(`Stack ${stackName} is ${result.status}.`);
        return;
    }
    report.stackStatus = result.status;
    host.setOutput('status', result.status);
    const rootCauses = result.stream.rootCauses();
    const first = rootCauses[0];
    const message = `Deployment failed: stack ${stackName} ended ${result.status}` +
        (first ? `. First failure: ${first.logicalId} (${first.type}): ${first.reason ?? first.status}` : result.reason ? `: ${result.reason}` : '');
    report.failure = await diagnoseFailure(clients, {
        message,
        rootCauses,
        events: result.stream.events,
        log: (line) => host.info(line),
        defaultLogGroup: `/docker-compose/${stackName}`,
        defaultStreamPrefix: stackName,
    });
    throw new errors/* UserError */.yo(message);
}
async function cancelOperation(clients, host, stackId, stackName, cancelOnAbort) {
    const stack = await (0,stacks/* describeStack */.GO)(clients, stackId).catch(() => undefined);
    const status = stack?.StackStatus ?? 'unknown';
    if (!cancelOnAbort)
        return `Deployment cancelled: this run stopped waiting; stack ${stackName} is ${status} and CloudFormation carries on (set cancel-on-abort: true to cancel the update too).`;
    if (status !== 'UPDATE_IN_PROGRESS') {
        return `Deployment cancelled: stack ${stackName} is ${status}, which CloudFormation cannot cancel${status === 'CREATE_IN_PROGRESS' ? ' (a creation runs to its end; delete the stack afterwards if unwanted)' : ''}.`;
    }
    try {
        const { sdk, client } = await clients.cloudFormation();
        await client.send(new sdk.CancelUpdateStackCommand({ StackName: stackId }));
        return `Deployment cancelled: CancelUpdateStack sent; stack ${stackName} is rolling back to its previous state (UPDATE_ROLLBACK_IN_PROGRESS).`;
    }
    catch (error) {
        return `Deployment cancelled, but CancelUpdateStack failed (${(0,aws_clients/* errorMessage */.gJ)(error)}): stack ${stackName} is ${status}.`;
    }
}
async function applyTerminationProtection(clients, host, stackId, enabled) {
    if (enabled === undefined)
        return;
    const { sdk, client } = await clients.cloudFormation();
    await client.send(new sdk.UpdateTerminationProtectionCommand({ StackName: stackId, EnableTerminationProtection: enabled }));
    host.info(`Termination protection ${enabled ? 'enabled' : 'disabled'}.`);
}
/** An unexecuted change set never stays behind, nor the empty stack a CREATE change set made. */
async function discardChangeSet(host, clients, id, type, stackId, stackName) {
    try {
        await (0,change_sets/* deleteChangeSet */.cW)(clients, id);
        if (type === 'CREATE') {
            const stack = await (0,stacks/* describeStack */.GO)(clients, stackId);
            if (stack?.StackStatus === 'REVIEW_IN_PROGRESS') {
                const { sdk, client } = await clients.cloudFormation();
                await client.send(new sdk.DeleteStackCommand({ StackName: stackId }));
            }
        }
    }
    catch (error) {
        host.warning(`Could not delete the change set ${id} of ${stackName}: ${(0,aws_clients/* errorMessage */.gJ)(error)}. Delete it by hand.`);
    }
}


/***/ })

};
