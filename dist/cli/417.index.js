export const id = 417;
export const ids = [417];
export const modules = {

/***/ 3177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ idFromArn),
/* harmony export */   h: () => (/* binding */ ExtensionReader)
/* harmony export */ });
// Typed readers for `x-aws-*` extension values. Docker read them with unchecked Go type assertions and crashed on a
// wrong YAML type; here a wrong type is a UserError naming the key, what it expects and what it got.
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${JSON.stringify(value)}`;
}
/** Reads extension `name` of `extensions`, whose owner is at key path `owner` (`services.web`). */
class ExtensionReader {
    ctx;
    extensions;
    owner;
    constructor(ctx, extensions, owner) {
        this.ctx = ctx;
        this.extensions = extensions;
        this.owner = owner;
    }
    key(name) {
        return this.owner === '' ? name : `${this.owner}.${name}`;
    }
    has(name) {
        return this.extensions[name] !== undefined && this.extensions[name] !== null;
    }
    fail(name, expected) {
        throw this.ctx.error(`${name} must be ${expected}, got ${describe(this.extensions[name])}.`, this.key(name));
    }
    string(name) {
        const value = this.extensions[name];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'string' || value === '')
            this.fail(name, 'a non-empty string');
        return value;
    }
    boolean(name) {
        const value = this.extensions[name];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value === 'boolean')
            return value;
        // Interpolated values arrive as strings.
        if (value === 'true')
            return true;
        if (value === 'false')
            return false;
        this.fail(name, 'true or false');
    }
    /** A whole number within [min, max]; numeric strings (from interpolation) are accepted. */
    integer(name, min, max) {
        const value = this.extensions[name];
        if (value === undefined || value === null)
            return undefined;
        const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max)
            this.fail(name, `a whole number from ${min} to ${max}`);
        return n;
    }
    stringList(name) {
        const value = this.extensions[name];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value === 'string' && value !== '')
            return [value];
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === ''))
            this.fail(name, 'a list of strings');
        return value;
    }
    mapping(name) {
        const value = this.extensions[name];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'object' || Array.isArray(value))
            this.fail(name, 'a mapping');
        return value;
    }
    /** A nested reader over a mapping-valued extension (`x-aws-autoscaling.max`). */
    nested(name) {
        const value = this.mapping(name);
        return value === undefined ? undefined : new ExtensionReader(this.ctx, value, this.key(name));
    }
}
/** The value of an ARN's resource part after its last `/` (`arn:aws:ec2:…:vpc/vpc-1234` → `vpc-1234`), else the value. */
function idFromArn(value) {
    return value.startsWith('arn:') ? value.slice(value.lastIndexOf('/') + 1) : value;
}


/***/ }),

/***/ 3417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $l: () => (/* reexport */ convertProject),
  Xm: () => (/* reexport */ render/* renderTemplate */.Xm),
  K4: () => (/* reexport */ render/* templateSha256 */.K4)
});

// UNUSED EXPORTS: normalizeResourceName

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/convert/naming.ts
var naming = __webpack_require__(5419);
;// CONCATENATED MODULE: ./src/convert/context.ts
// The conversion context: what every concern module (cluster, network, load balancer, service, volumes, secrets,
// GPU, …) reads and writes while one Compose project becomes one CloudFormation template.
//
// HOW TO ADD A CONCERN (volumes, secrets, GPU/EC2 capacity, …)
// ------------------------------------------------------------
// A concern is a `Concern` object registered in `concerns.ts` (one line there). It may have two hooks:
//
//   project(ctx)           runs once, after the core project resources (cluster, security groups, load balancer,
//                          log group, Cloud Map namespace) exist and before any service is converted. Add your
//                          project-level resources with `ctx.addResource(logicalId, resource)` (file systems,
//                          access points, mount targets, secrets, capacity providers, …). Project-level facts you
//                          need are on the context: `ctx.network` (VPC, subnets, parameters already resolved),
//                          `ctx.allSecurityGroups()`, `ctx.cluster`, `ctx.tags()`. Anything you must hand to your
//                          own `service` hook can live in a module-level WeakMap keyed by `ctx`.
//
//   service(ctx, service)  runs once per Compose service, before its task definition and ECS service are built,
//                          and returns a `TaskContribution` (or undefined). The service concern (service.ts) then
//                          merges every contribution, in registration order:
//                            - initContainers      appended before the main container, forced `Essential: false`;
//                                                  the main container automatically waits for each (SUCCESS);
//                            - mainContainer       merged into the main container: list-valued properties
//                                                  (MountPoints, Secrets, DependsOn, ResourceRequirements, …) are
//                                                  appended, anything else is set;
//                            - volumes             appended to the task definition's Volumes;
//                            - taskRolePolicies    inline policies of `<S>TaskRole` (the role is created when any
//                                                  contribution or x-aws-role / x-aws-policies asks for it);
//                            - taskRoleManagedPolicyArns  likewise, ManagedPolicyArns of `<S>TaskRole`;
//                            - executionRoleSecretResources  resources added to the execution role's inline
//                                                  `<service>GrantAccessToSecrets` policy (secretsmanager:GetSecretValue,
//                                                  ssm:GetParameters, kms:Decrypt), next to x-aws-pull_credentials;
//                            - serviceDependsOn    logical IDs the `<S>Service` waits for (mount targets, …);
//                            - taskDefinitionProperties / serviceProperties  deep-merged LAST over the generated
//                                                  properties (maps merge, lists and scalars replace, `null`
//                                                  deletes): RequiresCompatibilities, Cpu/Memory,
//                                                  CapacityProviderStrategy with `LaunchType: null`, … A
//                                                  contribution whose RequiresCompatibilities leaves out FARGATE
//                                                  turns off the Fargate sizing table and Fargate-only checks for
//                                                  that service (it must then give Cpu/Memory itself, or null).
//
// A concern throws `ctx.error(message, keyPath)` for input it cannot convert and records `ctx.warn(message, keyPath)`
// for input it converts with a caveat. Concerns never do I/O: every runtime fact arrives in ConvertOptions.


class ConversionContext {
    project;
    options;
    network;
    cluster;
    concerns;
    template;
    warnings = [];
    /** Security group of each Compose network (key → Ref or existing `sg-…`), filled by the network concern. */
    securityGroups = new Map();
    /** Which concern added each resource, to report logical-ID collisions clearly. */
    owners = new Map();
    constructor(project, options, network, cluster, 
    /** The pluggable concerns (concerns.ts's CONCERNS; tests pass their own). */
    concerns = []) {
        this.project = project;
        this.options = options;
        this.network = network;
        this.cluster = cluster;
        this.concerns = concerns;
        this.template = { AWSTemplateFormatVersion: '2010-09-09', Resources: {} };
    }
    get stackName() {
        return this.options.stackName;
    }
    /**
     * Adds a resource. Two Compose names that normalise alike (`web-app`, `webapp`) would collide; Docker let the
     * second overwrite the first, here it is an error naming both.
     */
    addResource(logicalId, resource, owner = logicalId) {
        if (!naming/* LOGICAL_ID */.sV.test(logicalId)) {
            throw new src_errors/* UserError */.yo(`"${owner}" gives the CloudFormation logical ID "${logicalId}", which is not alphanumeric or is too long: rename it.`);
        }
        const previous = this.owners.get(logicalId);
        if (previous !== undefined) {
            throw new src_errors/* UserError */.yo(`${owner} and ${previous} both become the CloudFormation resource "${logicalId}" (names are reduced to their letters and digits): rename one of them.`);
        }
        this.owners.set(logicalId, owner);
        this.template.Resources[logicalId] = resource;
    }
    hasResource(logicalId) {
        return logicalId in this.template.Resources;
    }
    /** Where a key is in the Compose files: its own position, else its closest ancestor's. */
    at(key) {
        let path = key;
        for (;;) {
            const source = this.project.positions[path];
            if (source)
                return { key, source };
            const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            if (cut <= 0)
                break;
            path = path.slice(0, cut);
        }
        const service = /^services\.([^.[]+)/.exec(key)?.[1];
        const source = service !== undefined ? this.project.services[service]?.source : undefined;
        return { key, source };
    }
    warn(message, key) {
        this.warnings.push(key !== undefined ? { message, ...this.at(key) } : { message });
    }
    /** A UserError pointing at `key` in the Compose files: `throw ctx.error(…)`. */
    error(message, key) {
        return new src_errors/* UserError */.yo(message, key !== undefined ? this.at(key) : {});
    }
    /** Project tag, then the given extra tags. */
    tags(extra = {}) {
        return [{ Key: naming/* PROJECT_TAG */.hc, Value: this.project.name }, ...Object.entries(extra).map(([Key, Value]) => ({ Key, Value }))];
    }
    /** Project and service tags, for service-scoped resources. */
    serviceTags(service) {
        return this.tags({ [naming/* SERVICE_TAG */.dt]: service.name });
    }
    /** Security groups of the networks a service joins, in network-name order. */
    securityGroupsOf(service) {
        return Object.keys(service.networks)
            .sort()
            .map((key) => this.securityGroups.get(key))
            .filter((sg) => sg !== undefined);
    }
    /** Every security group of the project (EFS mount targets accept all of them), in network-name order. */
    allSecurityGroups() {
        return [...this.securityGroups.keys()].sort().map((key) => this.securityGroups.get(key));
    }
}
/** `{Ref: id}` */
const ref = (logicalId) => ({ Ref: logicalId });
/** `{'Fn::GetAtt': [id, attribute]}` */
const getAtt = (logicalId, attribute) => ({ 'Fn::GetAtt': [logicalId, attribute] });

// EXTERNAL MODULE: ./src/convert/extensions.ts
var extensions = __webpack_require__(3177);
;// CONCATENATED MODULE: ./src/convert/cluster.ts
// The ECS cluster: `Cluster` named after the stack, or an existing one named by x-aws-cluster. With an existing
// cluster there is no Cluster resource, and `Metadata.Cluster` records it so later modes (status, logs, teardown)
// find it, as Docker's `ps` did.



const CLUSTER = 'Cluster';
function resolveCluster(project) {
    const existing = project.extensions['x-aws-cluster'];
    if (existing === undefined || existing === null) {
        return { value: getAtt(CLUSTER, 'Arn'), name: ref(CLUSTER), external: false };
    }
    if (typeof existing !== 'string' || existing === '') {
        throw new src_errors/* UserError */.yo(`x-aws-cluster must be a cluster name or ARN, got ${JSON.stringify(existing)}.`, {
            key: 'x-aws-cluster',
            source: project.positions['x-aws-cluster'],
        });
    }
    return { value: existing, name: (0,extensions/* idFromArn */.P)(existing), external: true };
}
function createCluster(ctx) {
    if (ctx.cluster.external) {
        ctx.template.Metadata = { ...ctx.template.Metadata, Cluster: ctx.cluster.value };
        return;
    }
    ctx.addResource(CLUSTER, {
        Type: 'AWS::ECS::Cluster',
        Properties: { ClusterName: ctx.stackName, Tags: ctx.tags() },
    });
}

;// CONCATENATED MODULE: ./src/convert/iam.ts
// IAM roles of a service, with Docker's names and policies:
//   `<S>TaskExecutionRole`  what ECS itself uses to pull the image and write logs: the two managed policies, plus the
//                           inline `<service>GrantAccessToSecrets` (Docker used the raw service name there) when
//                           x-aws-pull_credentials or a concern (secrets) needs secrets read;
//   `<S>TaskRole`           what the application's AWS SDK gets: only when x-aws-role (an inline policy document,
//                           `<S>Policy`), x-aws-policies (managed policy ARNs) or a concern (EFS mounts) asks for it.
// Roles carry no explicit names, so deploying needs CAPABILITY_IAM only.

const EXECUTION_ROLE_MANAGED_POLICIES = [
    'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
    'arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly',
];
function assumeRolePolicy(principal) {
    return {
        Statement: [{ Action: ['sts:AssumeRole'], Condition: {}, Effect: 'Allow', Principal: { Service: principal } }],
        Version: '2012-10-17',
    };
}
/** `<S>TaskExecutionRole`; returns its logical ID. */
function createExecutionRole(ctx, service, secretResources) {
    const id = (0,naming/* taskExecutionRoleLogicalId */.MV)(service.name);
    const policies = secretResources.length === 0
        ? []
        : [
            {
                PolicyName: `${service.name}GrantAccessToSecrets`,
                PolicyDocument: {
                    Version: '2012-10-17',
                    Statement: [{ Effect: 'Allow', Action: ['secretsmanager:GetSecretValue', 'ssm:GetParameters', 'kms:Decrypt'], Resource: secretResources }],
                },
            },
        ];
    ctx.addResource(id, {
        Type: 'AWS::IAM::Role',
        Properties: {
            AssumeRolePolicyDocument: assumeRolePolicy('ecs-tasks.amazonaws.com'),
            ManagedPolicyArns: EXECUTION_ROLE_MANAGED_POLICIES,
            ...(policies.length > 0 ? { Policies: policies } : {}),
            Tags: ctx.serviceTags(service),
        },
    }, `service "${service.name}"`);
    return id;
}
/** Reads x-aws-role: an IAM policy document (a mapping with a Statement). */
function roleDocument(ctx, x, service) {
    const document = x.mapping('x-aws-role');
    if (document === undefined)
        return undefined;
    const statement = document['Statement'];
    if (statement === undefined || (typeof statement !== 'object' || statement === null)) {
        throw ctx.error('x-aws-role must be an IAM policy document with a Statement (a role ARN is not accepted here).', `services.${service.name}.x-aws-role`);
    }
    return { Version: '2012-10-17', ...document };
}
/** `<S>TaskRole` when anything asks for one; returns its logical ID or undefined. */
function createTaskRole(ctx, service, x, extra) {
    const document = roleDocument(ctx, x, service);
    const managed = [...(x.stringList('x-aws-policies') ?? []), ...extra.managedPolicyArns];
    const policies = [
        ...(document !== undefined ? [{ PolicyName: `${(0,naming/* normalizeResourceName */.LU)(service.name)}Policy`, PolicyDocument: document }] : []),
        ...extra.policies,
    ];
    if (managed.length === 0 && policies.length === 0)
        return undefined;
    const id = (0,naming/* taskRoleLogicalId */.YI)(service.name);
    ctx.addResource(id, {
        Type: 'AWS::IAM::Role',
        Properties: {
            AssumeRolePolicyDocument: assumeRolePolicy('ecs-tasks.amazonaws.com'),
            ...(managed.length > 0 ? { ManagedPolicyArns: managed } : {}),
            ...(policies.length > 0 ? { Policies: policies } : {}),
            Tags: ctx.serviceTags(service),
        },
    }, `service "${service.name}"`);
    return id;
}

;// CONCATENATED MODULE: ./src/convert/sizing.ts
// Fargate task size from `deploy.resources`: limits, else reservations (Docker's rule), else the service-level
// `cpus` / `mem_limit` (Compose's older spelling of the same limits, which Docker ignored), else the smallest size.
// The table is Fargate's current one, up to 16 vCPU / 120 GB (Docker's stopped at 4 vCPU / 30 GB). The first CPU
// tier that holds the CPUs asked for and has a memory size at least as large as the memory asked for wins, with
// that tier's smallest such memory size; nothing fits → Docker's error.
const GIB = 1024;
const range = (from, to, step) => Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step);
/** CPU units (1024 = 1 vCPU) → allowed memory sizes in MiB. */
const FARGATE_SIZES = [
    [256, [512, 1024, 2048]],
    [512, range(1 * GIB, 4 * GIB, GIB)],
    [1024, range(2 * GIB, 8 * GIB, GIB)],
    [2048, range(4 * GIB, 16 * GIB, GIB)],
    [4096, range(8 * GIB, 30 * GIB, GIB)],
    [8192, range(16 * GIB, 60 * GIB, 4 * GIB)],
    [16384, range(32 * GIB, 120 * GIB, 8 * GIB)],
];
const MIB = 1024 * 1024;
/** What the service asks for: cpus (vCPUs) and memory (bytes), either possibly absent. */
function requestedResources(service) {
    const resources = service.deploy?.resources;
    const limits = resources?.limits;
    if (limits && (limits.cpus !== undefined || limits.memory !== undefined))
        return { cpus: limits.cpus, memory: limits.memory, from: 'deploy.resources.limits' };
    const reservations = resources?.reservations;
    if (reservations && (reservations.cpus !== undefined || reservations.memory !== undefined)) {
        return { cpus: reservations.cpus, memory: reservations.memory, from: 'deploy.resources.reservations' };
    }
    return { cpus: service.cpus, memory: service.memLimit, from: service.cpus !== undefined ? 'cpus' : 'mem_limit' };
}
function fargateSize(ctx, service) {
    const { cpus, memory, from } = requestedResources(service);
    if (cpus === undefined && memory === undefined)
        return { Cpu: '256', Memory: '512' };
    const cpuUnits = Math.ceil((cpus ?? 0) * 1024 - 1e-9);
    const memoryMiB = Math.ceil((memory ?? 0) / MIB);
    for (const [tier, memories] of FARGATE_SIZES) {
        if (cpuUnits > tier)
            continue;
        const fit = memories.find((m) => m >= memoryMiB);
        if (fit !== undefined)
            return { Cpu: String(tier), Memory: String(fit) };
    }
    throw ctx.error(`the resources requested are not supported by ECS/Fargate: ${cpus ?? 0} vCPU and ${memoryMiB} MiB exceed every Fargate task size (at most 16 vCPU with 120 GiB).`, `services.${service.name}.${from}`);
}
/** The container's soft memory limit: `reservations.memory` in MiB (Docker's MemoryReservation). */
function memoryReservation(service) {
    const bytes = service.deploy?.resources.reservations?.memory ?? service.memReservation;
    return bytes === undefined || bytes <= 0 ? undefined : Math.ceil(bytes / MIB);
}

;// CONCATENATED MODULE: ./src/convert/gpu.ts
// Services that reserve GPUs (`deploy.resources.reservations.devices` with `capabilities: [gpu]`, or
// `generic_resources` of kind `gpus`) cannot run on Fargate: they run on EC2 instances of an auto-scaling group behind
// an ECS capacity provider. Docker's logical IDs are kept (`CapacityProvider`, `AutoscalingGroup`,
// `EC2InstanceProfile`, `EC2InstanceRole`); its defects are not:
//   - a launch TEMPLATE (`LaunchTemplate`, IMDSv2 only) instead of a launch configuration, which AWS retired;
//   - the GPU AMI comes from the public SSM parameter through a template Parameter (`GpuAmiId`, type
//     `AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>`: an SSM string parameter that CloudFormation also checks is an
//     AMI), resolved at deploy time, so `convert` needs no AWS call; `node.ami == ami-…` in placement constraints
//     replaces it (no Parameter then);
//   - the provider is attached with AWS::ECS::ClusterCapacityProviderAssociations, not `Cluster.CapacityProviders`:
//     the instances' user data names the cluster (`Ref Cluster`), and the auto-scaling group depends on the cluster,
//     so a stack deletion terminates the instances before it deletes the cluster (Docker's `down` had to delete the
//     auto-scaling group and provider through the API first);
//   - with x-aws-cluster (someone else's cluster), attaching a provider replaces that cluster's providers and default
//     strategy, which can strand other services there: refused unless the project says
//     `x-aws-attach_capacity_provider: true` (Docker crashed on a nil cluster here).
// The ECS service gets a capacity-provider strategy instead of a launch type, no public IP (EC2 tasks cannot have one)
// and no platform version; the task definition is EC2-only.
//
// INSTANCE TYPE: `node.machine == <type>`, else the first g4dn size with more memory than, and at least as many vCPUs
// and GPUs as, the largest request of the GPU services (limits or reservations, whichever is larger). One type for all
// GPU services: they share one auto-scaling group.
//
// TASK SIZE (EC2): CPU passes through as Docker did (`cpus: 4` → `Cpu: 4000`) or is left out (no task-level CPU
// limit). Memory must be declared — an EC2 task without task memory needs memory on every container, init containers
// included — so without a limit or reservation the task gets the GPU-proportional share of 90% of the instance's memory
// (the rest is left to the OS, the ECS agent and the GPU driver): a 1-GPU task on g4dn.12xlarge (4 GPUs, 192 GiB) gets
// 44236 MiB, so four such tasks pack onto one instance.





const CAPACITY_PROVIDER = 'CapacityProvider';
const AUTOSCALING_GROUP = 'AutoscalingGroup';
const LAUNCH_TEMPLATE = 'LaunchTemplate';
const INSTANCE_PROFILE = 'EC2InstanceProfile';
const INSTANCE_ROLE = 'EC2InstanceRole';
const CAPACITY_PROVIDER_ASSOCIATIONS = 'ClusterCapacityProviderAssociations';
const GPU_AMI_PARAMETER = 'GpuAmiId';
const GPU_AMI_SSM_PARAMETER = '/aws/service/ecs/optimized-ami/amazon-linux-2/gpu/recommended/image_id';
const ATTACH_EXTENSION = 'x-aws-attach_capacity_provider';
const gpu_MIB = 1024 * 1024;
/** Share of an instance's memory a task may take by default (see the header). */
const DEFAULT_MEMORY_SHARE = 0.9;
/** ECS task-level CPU bounds on EC2, in CPU units. */
const MIN_EC2_TASK_CPU = 128;
const MAX_EC2_TASK_CPU = 196608;
/** The g4dn family in Docker's order (its guess walks it from the top). */
const G4DN_INSTANCE_TYPES = [
    { name: 'g4dn.xlarge', vcpus: 4, memoryGiB: 16, gpus: 1 },
    { name: 'g4dn.2xlarge', vcpus: 8, memoryGiB: 32, gpus: 1 },
    { name: 'g4dn.4xlarge', vcpus: 16, memoryGiB: 64, gpus: 1 },
    { name: 'g4dn.8xlarge', vcpus: 32, memoryGiB: 128, gpus: 1 },
    { name: 'g4dn.12xlarge', vcpus: 48, memoryGiB: 192, gpus: 4 },
    { name: 'g4dn.16xlarge', vcpus: 64, memoryGiB: 256, gpus: 1 },
    { name: 'g4dn.metal', vcpus: 96, memoryGiB: 384, gpus: 8 },
];
/** First g4dn type with strictly more memory and at least the vCPUs and GPUs asked for (Docker's rule). */
function guessInstanceType(requirements) {
    return G4DN_INSTANCE_TYPES.find((t) => t.memoryGiB * 1024 * gpu_MIB > requirements.memory && t.vcpus >= requirements.cpus && t.gpus >= requirements.gpus);
}
/** GPUs a service reserves (0: not a GPU service). A device request without a count (or `all`) counts as one, as Docker. */
function gpuCount(service) {
    const reservations = service.deploy?.resources.reservations;
    if (reservations === undefined)
        return 0;
    let gpus = 0;
    for (const resource of reservations.genericResources)
        if (resource.kind === 'gpus' || resource.kind === 'gpu')
            gpus += resource.value;
    for (const device of reservations.devices) {
        if (device.capabilities.includes('gpu'))
            gpus += device.count !== undefined && device.count > 0 ? device.count : Math.max(1, device.deviceIds.length);
    }
    return gpus;
}
/** The largest of limits and reservations (and the service-level cpus / mem_limit), for the instance to hold. */
function requirementsOf(service) {
    const resources = service.deploy?.resources;
    const max = (...values) => Math.max(0, ...values.filter((v) => v !== undefined));
    return {
        memory: max(resources?.limits?.memory, resources?.reservations?.memory, service.memLimit, service.memReservation),
        cpus: max(resources?.limits?.cpus, resources?.reservations?.cpus, service.cpus),
        gpus: gpuCount(service),
    };
}
const NODE_CONSTRAINT = /^\s*node\.(ami|machine)\s*(==|!=)\s*(\S+)\s*$/;
function nodeConstraints(ctx, service, gpu) {
    const found = {};
    (service.deploy?.placement?.constraints ?? []).forEach((constraint, index) => {
        const at = `services.${service.name}.deploy.placement.constraints[${index}]`;
        const match = NODE_CONSTRAINT.exec(constraint);
        if (match === null) {
            ctx.warn(`placement constraint "${constraint}" is ignored: only node.ami == … and node.machine == … (for GPU services) are understood.`, at);
            return;
        }
        const [, kind, operator, value] = match;
        if (!gpu) {
            ctx.warn(`placement constraint node.${kind} is ignored: it chooses the EC2 instances of GPU services, and this service runs on Fargate.`, at);
            return;
        }
        if (operator !== '==')
            throw ctx.error(`placement constraint node.${kind} must use ==: it names the ${kind === 'ami' ? 'AMI' : 'instance type'} of the GPU instances.`, at);
        if (kind === 'ami' && !/^ami-[0-9a-f]{8,17}$/.test(value))
            throw ctx.error(`node.ami must be an AMI id (ami-…), got "${value}".`, at);
        if (kind === 'machine' && !/^[a-z][a-z0-9-]*\.[a-z0-9-]+$/.test(value))
            throw ctx.error(`node.machine must be an EC2 instance type (g4dn.xlarge, …), got "${value}".`, at);
        found[kind] = value;
    });
    return found;
}
const plans = new WeakMap();
function agreed(ctx, services, constraints, kind) {
    const values = [...new Set(constraints.map((c) => c[kind]).filter((v) => v !== undefined))];
    if (values.length > 1) {
        throw ctx.error(`GPU services ask for different node.${kind} (${values.join(', ')}): they share one EC2 auto-scaling group, so they must agree.`, `services.${services[0].name}.deploy.placement`);
    }
    return values[0];
}
function createCapacity(ctx, services) {
    const constraints = services.map((s) => nodeConstraints(ctx, s, true));
    const machine = agreed(ctx, services, constraints, 'machine');
    const ami = agreed(ctx, services, constraints, 'ami');
    const x = new extensions/* ExtensionReader */.h(ctx, ctx.project.extensions, '');
    const attach = x.boolean(ATTACH_EXTENSION) ?? false;
    if (ctx.cluster.external && !attach) {
        throw ctx.error(`GPU services need an EC2 capacity provider attached to the cluster, and x-aws-cluster names an existing cluster: attaching one replaces that cluster's capacity providers and default strategy (ECS keeps one list per cluster), which can break other services running there. Set ${ATTACH_EXTENSION}: true to accept that, or deploy the GPU services without x-aws-cluster.`, 'x-aws-cluster');
    }
    if (ctx.cluster.external) {
        ctx.warn(`${ATTACH_EXTENSION}: the capacity providers and default strategy of cluster ${String(ctx.cluster.name)} are replaced by this stack's, and cleared when the stack is deleted.`, ATTACH_EXTENSION);
    }
    let instance;
    if (machine !== undefined) {
        instance = G4DN_INSTANCE_TYPES.find((t) => t.name === machine);
    }
    else {
        const requirements = services.map(requirementsOf).reduce((a, b) => ({ memory: Math.max(a.memory, b.memory), cpus: Math.max(a.cpus, b.cpus), gpus: Math.max(a.gpus, b.gpus) }));
        instance = guessInstanceType(requirements);
        if (instance === undefined) {
            throw ctx.error(`none of the Amazon EC2 G4 instance types meet the requirements for memory:${Math.ceil(requirements.memory / gpu_MIB)}MiB cpu:${requirements.cpus} gpus:${requirements.gpus}: name an instance type with the placement constraint node.machine == <type>.`, `services.${services[0].name}.deploy.resources`);
        }
    }
    const instanceType = machine ?? instance.name;
    let imageId;
    if (ami !== undefined) {
        imageId = ami;
    }
    else {
        ctx.template.Parameters = {
            ...ctx.template.Parameters,
            [GPU_AMI_PARAMETER]: {
                Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
                Default: GPU_AMI_SSM_PARAMETER,
                Description: 'SSM parameter holding the ECS-optimized GPU AMI of the GPU instances (resolved at deploy time).',
            },
        };
        imageId = ref(GPU_AMI_PARAMETER);
    }
    const owner = 'GPU capacity';
    ctx.addResource(INSTANCE_ROLE, {
        Type: 'AWS::IAM::Role',
        Properties: {
            AssumeRolePolicyDocument: assumeRolePolicy('ec2.amazonaws.com'),
            ManagedPolicyArns: [{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role' }],
            Tags: ctx.tags(),
        },
    }, owner);
    ctx.addResource(INSTANCE_PROFILE, { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref(INSTANCE_ROLE)] } }, owner);
    const securityGroups = ctx.allSecurityGroups();
    ctx.addResource(LAUNCH_TEMPLATE, {
        Type: 'AWS::EC2::LaunchTemplate',
        Properties: {
            LaunchTemplateData: {
                IamInstanceProfile: { Arn: getAtt(INSTANCE_PROFILE, 'Arn') },
                ImageId: imageId,
                InstanceType: instanceType,
                MetadataOptions: { HttpEndpoint: 'enabled', HttpTokens: 'required' },
                ...(securityGroups.length > 0 ? { SecurityGroupIds: securityGroups } : {}),
                UserData: {
                    'Fn::Base64': {
                        'Fn::Sub': [
                            '#!/bin/bash\necho ECS_CLUSTER=${ClusterName} >> /etc/ecs/ecs.config\necho ECS_ENABLE_GPU_SUPPORT=true >> /etc/ecs/ecs.config\n',
                            { ClusterName: ctx.cluster.name },
                        ],
                    },
                },
            },
            TagSpecifications: [{ ResourceType: 'launch-template', Tags: ctx.tags() }],
        },
    }, owner);
    ctx.addResource(AUTOSCALING_GROUP, {
        Type: 'AWS::AutoScaling::AutoScalingGroup',
        // Deleted before the cluster, so the cluster has no registered instances left when its turn comes.
        ...(ctx.cluster.external ? {} : { DependsOn: CLUSTER }),
        Properties: {
            LaunchTemplate: { LaunchTemplateId: ref(LAUNCH_TEMPLATE), Version: getAtt(LAUNCH_TEMPLATE, 'LatestVersionNumber') },
            MaxSize: '10',
            MinSize: '1',
            Tags: ctx.tags().map((t) => ({ ...t, PropagateAtLaunch: true })),
            VPCZoneIdentifier: ctx.network.subnets.map((s) => s.id),
        },
    }, owner);
    ctx.addResource(CAPACITY_PROVIDER, {
        Type: 'AWS::ECS::CapacityProvider',
        Properties: {
            AutoScalingGroupProvider: {
                AutoScalingGroupArn: ref(AUTOSCALING_GROUP),
                ManagedScaling: { Status: 'ENABLED', TargetCapacity: 100 },
                ManagedTerminationProtection: 'DISABLED',
            },
            Tags: ctx.tags(),
        },
    }, owner);
    ctx.addResource(CAPACITY_PROVIDER_ASSOCIATIONS, {
        Type: 'AWS::ECS::ClusterCapacityProviderAssociations',
        Properties: {
            CapacityProviders: [ref(CAPACITY_PROVIDER)],
            Cluster: ctx.cluster.name,
            DefaultCapacityProviderStrategy: [{ CapacityProvider: ref(CAPACITY_PROVIDER), Weight: 1 }],
        },
    }, owner);
    return { instanceType, ...(instance !== undefined ? { instance } : {}) };
}
/** EC2 task Cpu/Memory (strings, as CloudFormation shows them; Cpu null = no task-level CPU). */
function ec2TaskSize(ctx, service, plan, gpus) {
    const { cpus, memory, from } = requestedResources(service);
    const at = `services.${service.name}.${from}`;
    let cpu = null;
    if (cpus !== undefined && cpus > 0) {
        const units = Math.round(cpus * 1000);
        if (units < MIN_EC2_TASK_CPU || units > MAX_EC2_TASK_CPU) {
            throw ctx.error(`cpus ${cpus} is outside what an EC2 task accepts (${MIN_EC2_TASK_CPU / 1000} to ${MAX_EC2_TASK_CPU / 1000}).`, at);
        }
        cpu = String(units);
    }
    if (memory !== undefined && memory > 0)
        return { Cpu: cpu, Memory: String(Math.ceil(memory / gpu_MIB)) };
    if (plan.instance === undefined) {
        throw ctx.error(`GPU service ${service.name} runs on ${plan.instanceType}, whose memory this converter does not know: give deploy.resources.limits.memory (an EC2 task definition must declare its memory).`, `services.${service.name}.deploy.resources`);
    }
    const share = Math.min(1, gpus / plan.instance.gpus);
    return { Cpu: cpu, Memory: String(Math.floor(plan.instance.memoryGiB * 1024 * DEFAULT_MEMORY_SHARE * share)) };
}
const gpuConcern = {
    name: 'GPU (EC2 capacity)',
    project(ctx) {
        const services = Object.values(ctx.project.services);
        const gpuServices = services.filter((s) => gpuCount(s) > 0);
        for (const service of services.filter((s) => gpuCount(s) === 0))
            nodeConstraints(ctx, service, false);
        if (gpuServices.length === 0)
            return;
        plans.set(ctx, createCapacity(ctx, gpuServices));
    },
    service(ctx, service) {
        const gpus = gpuCount(service);
        if (gpus === 0)
            return undefined;
        const plan = plans.get(ctx);
        if (plan === undefined)
            throw ctx.error(`GPU capacity was not planned for service ${service.name}.`, `services.${service.name}`);
        const publicIp = new extensions/* ExtensionReader */.h(ctx, service.extensions, `services.${service.name}`).boolean('x-aws-assign_public_ip');
        if (publicIp === true)
            ctx.warn('x-aws-assign_public_ip is ignored: GPU services run on EC2, whose tasks cannot have a public IP.', `services.${service.name}.x-aws-assign_public_ip`);
        const size = ec2TaskSize(ctx, service, plan, gpus);
        return {
            mainContainer: { ResourceRequirements: [{ Type: 'GPU', Value: String(gpus) }] },
            taskDefinitionProperties: { RequiresCompatibilities: ['EC2'], Cpu: size.Cpu, Memory: size.Memory },
            serviceProperties: {
                CapacityProviderStrategy: [{ CapacityProvider: ref(CAPACITY_PROVIDER), Weight: 1 }],
                LaunchType: null,
                NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: 'DISABLED' } },
                PlatformVersion: null,
            },
            serviceDependsOn: [CAPACITY_PROVIDER_ASSOCIATIONS],
        };
    },
};

// EXTERNAL MODULE: ./src/convert/secrets.ts
var secrets = __webpack_require__(610);
;// CONCATENATED MODULE: ./src/convert/volumes.ts
// Compose volumes → Amazon EFS, with Docker's logical IDs so the file systems of its stacks stay where they are:
//
//   <V>Filesystem                     AWS::EFS::FileSystem, encrypted, DeletionPolicy and UpdateReplacePolicy Retain
//                                     (the data outlives the stack, as with Docker); absent for an external volume
//                                     (`external: true`, `name: fs-…`) and for a volume whose retained file system of
//                                     an earlier deployment the runtime found by its tags (options.existingFileSystems).
//   <V>AccessPoint                    AWS::EFS::AccessPoint: driver_opts uid/gid (PosixUser), root_directory and
//                                     permissions (RootDirectory, CreationInfo only with uid: Docker's rule).
//   <V>NFSMountTargetOn<Subnet>       AWS::EFS::MountTarget, one per availability zone of the task subnets (EFS allows
//                                     one per zone; Docker made one per subnet and failed on two subnets in one zone).
//                                     Zones unknown (subnets given as ids only, or Parameters): one per subnet.
//   <V>NFSSecurityGroup               the mount targets' own security group, and one
//   <V>NFSIngressFrom<N>Network       2049/tcp rule per security group of the services that mount the volume. Docker put
//                                     the mount targets in every project security group instead: the network groups
//                                     admit only their own members, an external group may not admit NFS at all, and a
//                                     mount target takes at most five groups.
//
// Per service that mounts a volume: a task `Volumes` entry (EFSVolumeConfiguration through the access point, TLS and
// IAM authorization), a `MountPoints` entry per mount, the task-role policy `<S><V>VolumeMountPolicy`, and a DependsOn
// of `<S>Service` on the volume's mount targets (a task cannot mount before they exist).
//
// The mount policy's condition is on the access point's ARN (`Fn::GetAtt <V>AccessPoint.Arn`): Docker compared
// `elasticfilesystem:AccessPointArn` with `Ref <V>AccessPoint`, which is the access point's *id*, so the condition
// never matched and mounts relied on the file system policy being absent. Actions: ClientMount always, ClientWrite
// when some mount is writable, ClientRootAccess only without a PosixUser (then the container's own uid reaches EFS,
// and root containers — the default — need it to write; with uid set the access point never acts as root).
//
// `x-aws-mount_targets: false` on a volume creates no mount targets (nor their security group): for an external file
// system that already has mount targets in the VPC's zones, where creating more fails (compose-cli issue #1739).
// Then that file system's own mount-target security groups must admit NFS from the services.



const FILE_SYSTEM_ID = /^fs-[0-9a-f]{8,40}$/;
const FILE_SYSTEM_ARN = /^arn:aws[a-z-]*:elasticfilesystem:[a-z0-9-]+:\d{12}:file-system\/fs-[0-9a-f]{8,40}$/;
/** ECS task volume names: letters, digits, hyphens and underscores (Compose keys may also hold dots). */
const ECS_VOLUME_NAME = /^[A-Za-z0-9_-]{1,255}$/;
const NFS_PORT = 2049;
const LIFECYCLE_POLICIES = [
    'AFTER_1_DAY',
    'AFTER_7_DAYS',
    'AFTER_14_DAYS',
    'AFTER_30_DAYS',
    'AFTER_60_DAYS',
    'AFTER_90_DAYS',
    'AFTER_180_DAYS',
    'AFTER_270_DAYS',
    'AFTER_365_DAYS',
];
const FILE_SYSTEM_OPTIONS = ['backup_policy', 'lifecycle_policy', 'performance_mode', 'throughput_mode', 'provisioned_throughput', 'kms_key_id'];
const ACCESS_POINT_OPTIONS = ['uid', 'gid', 'permissions', 'root_directory'];
const volumes_plans = new WeakMap();
/** Subnets that get a mount target: the first given subnet of each zone; each subnet when its zone is unknown. */
function mountTargetSubnets(subnets) {
    const zones = new Set();
    return subnets.filter((subnet) => {
        if (subnet.availabilityZone === undefined)
            return true;
        if (zones.has(subnet.availabilityZone))
            return false;
        zones.add(subnet.availabilityZone);
        return true;
    });
}
function volumes_option(volume, name) {
    const value = volume.driverOpts[name];
    return value === undefined || value === null ? undefined : String(value).trim();
}
function oneOf(ctx, volume, name, allowed) {
    const value = volumes_option(volume, name);
    if (value === undefined)
        return undefined;
    const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (match === undefined)
        throw ctx.error(`driver_opts.${name} must be one of ${allowed.join(', ')}, got "${value}".`, `volumes.${volume.key}.driver_opts.${name}`);
    return match;
}
function posixId(ctx, volume, name) {
    const value = volumes_option(volume, name);
    if (value === undefined)
        return undefined;
    if (!/^\d{1,10}$/.test(value) || Number(value) > 4294967295) {
        throw ctx.error(`driver_opts.${name} must be a numeric POSIX id (0 to 4294967295), got "${value}".`, `volumes.${volume.key}.driver_opts.${name}`);
    }
    return String(Number(value));
}
/** The file system a volume uses when the stack does not create it: external `fs-…`/ARN, or a retained one found at runtime. */
function existingFileSystem(ctx, volume) {
    let id;
    let arn;
    if (volume.external) {
        if (FILE_SYSTEM_ARN.test(volume.name)) {
            arn = volume.name;
            id = (0,extensions/* idFromArn */.P)(volume.name);
        }
        else if (FILE_SYSTEM_ID.test(volume.name)) {
            id = volume.name;
        }
        else {
            throw ctx.error(`external volume "${volume.key}" must be named after an existing EFS file system (name: fs-… or its ARN), got "${volume.name}": ECS volumes are EFS file systems.`, `volumes.${volume.key}`);
        }
    }
    else {
        id = ctx.options.existingFileSystems?.[volume.key];
        if (id === undefined)
            return undefined;
        if (!FILE_SYSTEM_ID.test(id))
            throw ctx.error(`the file system found for volume "${volume.key}" has an invalid id "${id}".`, `volumes.${volume.key}`);
    }
    return {
        id,
        arn: arn ?? { 'Fn::Sub': `arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:file-system/${id}` },
    };
}
function fileSystemProperties(ctx, volume) {
    const at = `volumes.${volume.key}.driver_opts`;
    const backup = oneOf(ctx, volume, 'backup_policy', ['ENABLED', 'DISABLED']);
    const lifecycle = oneOf(ctx, volume, 'lifecycle_policy', LIFECYCLE_POLICIES);
    const performance = oneOf(ctx, volume, 'performance_mode', ['generalPurpose', 'maxIO']);
    const throughput = oneOf(ctx, volume, 'throughput_mode', ['bursting', 'provisioned', 'elastic']);
    const provisionedText = volumes_option(volume, 'provisioned_throughput');
    const kmsKeyId = volumes_option(volume, 'kms_key_id');
    let provisioned;
    if (provisionedText !== undefined) {
        provisioned = Number(provisionedText);
        if (!Number.isFinite(provisioned) || provisioned <= 0) {
            throw ctx.error(`driver_opts.provisioned_throughput must be a positive number of MiB/s, got "${provisionedText}".`, `${at}.provisioned_throughput`);
        }
        if (throughput !== 'provisioned') {
            throw ctx.error('driver_opts.provisioned_throughput needs throughput_mode: provisioned (EFS ignores it otherwise and CloudFormation refuses it).', `${at}.provisioned_throughput`);
        }
    }
    else if (throughput === 'provisioned') {
        throw ctx.error('driver_opts.throughput_mode provisioned needs provisioned_throughput (MiB/s).', `${at}.throughput_mode`);
    }
    if (performance === 'maxIO' && throughput === 'elastic') {
        throw ctx.error('driver_opts.throughput_mode elastic cannot be combined with performance_mode maxIO (EFS refuses it).', `${at}.throughput_mode`);
    }
    return {
        ...(backup !== undefined ? { BackupPolicy: { Status: backup } } : {}),
        Encrypted: true,
        FileSystemTags: [...ctx.tags({ [naming/* VOLUME_TAG */.Wy]: volume.key }), { Key: 'Name', Value: volume.name }],
        ...(kmsKeyId !== undefined ? { KmsKeyId: kmsKeyId } : {}),
        ...(lifecycle !== undefined ? { LifecyclePolicies: [{ TransitionToIA: lifecycle }] } : {}),
        ...(performance !== undefined ? { PerformanceMode: performance } : {}),
        ...(provisioned !== undefined ? { ProvisionedThroughputInMibps: provisioned } : {}),
        ...(throughput !== undefined ? { ThroughputMode: throughput } : {}),
    };
}
function accessPointProperties(ctx, volume, fileSystemId) {
    const at = `volumes.${volume.key}.driver_opts`;
    const uid = posixId(ctx, volume, 'uid');
    const gid = posixId(ctx, volume, 'gid');
    const permissions = volumes_option(volume, 'permissions');
    const rootDirectory = volumes_option(volume, 'root_directory');
    if (uid === undefined && gid !== undefined)
        throw ctx.error('driver_opts.gid needs uid: an EFS access point user has both.', `${at}.gid`);
    if (uid !== undefined && gid === undefined)
        throw ctx.error('driver_opts.uid needs gid: an EFS access point user has both.', `${at}.uid`);
    if (permissions !== undefined && !/^[0-7]{3,4}$/.test(permissions)) {
        throw ctx.error(`driver_opts.permissions must be octal POSIX permissions such as 755, got "${permissions}".`, `${at}.permissions`);
    }
    if (rootDirectory !== undefined && (!rootDirectory.startsWith('/') || rootDirectory.length > 100 || rootDirectory.split('/').includes('..'))) {
        throw ctx.error(`driver_opts.root_directory must be an absolute path of at most 100 characters without "..", got "${rootDirectory}".`, `${at}.root_directory`);
    }
    if (rootDirectory !== undefined && uid === undefined) {
        ctx.warn('driver_opts.root_directory without uid/gid: EFS creates the directory only with an owner, so it must already exist.', `${at}.root_directory`);
    }
    if (permissions !== undefined && (rootDirectory === undefined || uid === undefined)) {
        ctx.warn('driver_opts.permissions applies only when EFS creates root_directory, which needs root_directory, uid and gid: ignored.', `${at}.permissions`);
    }
    const posixUser = uid !== undefined && gid !== undefined ? { Uid: uid, Gid: gid } : undefined;
    const rootDirectoryProperty = rootDirectory === undefined
        ? undefined
        : {
            Path: rootDirectory,
            ...(posixUser !== undefined ? { CreationInfo: { OwnerGid: posixUser.Gid, OwnerUid: posixUser.Uid, Permissions: permissions ?? '0755' } } : {}),
        };
    return {
        properties: {
            AccessPointTags: ctx.tags({ [naming/* VOLUME_TAG */.Wy]: volume.key }),
            FileSystemId: fileSystemId,
            ...(posixUser !== undefined ? { PosixUser: posixUser } : {}),
            ...(rootDirectoryProperty !== undefined ? { RootDirectory: rootDirectoryProperty } : {}),
        },
        posixUser: posixUser !== undefined,
    };
}
/** Services that mount `key`, in service order. */
function servicesMounting(ctx, key) {
    return Object.values(ctx.project.services).filter((s) => s.volumes.some((v) => v.type === 'volume' && v.source === key));
}
/** The mount targets' security group and its NFS rules from the security groups of the services that mount the volume. */
function createNfsSecurityGroup(ctx, volume, prefix) {
    const owner = `volume "${volume.key}"`;
    const groupId = `${prefix}NFSSecurityGroup`;
    ctx.addResource(groupId, {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
            GroupDescription: `${ctx.stackName} NFS access to the EFS mount targets of volume ${volume.key}`,
            Tags: ctx.tags({ [naming/* VOLUME_TAG */.Wy]: volume.key }),
            VpcId: ctx.network.vpcId,
        },
    }, owner);
    const networks = new Set();
    for (const service of servicesMounting(ctx, volume.key))
        for (const network of Object.keys(service.networks))
            networks.add(network);
    for (const network of [...networks].sort()) {
        const source = ctx.securityGroups.get(network);
        if (source === undefined)
            continue;
        ctx.addResource(`${prefix}NFSIngressFrom${(0,naming/* normalizeResourceName */.LU)(network)}Network`, {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: {
                Description: `NFS from network ${network} to volume ${volume.key}`,
                FromPort: NFS_PORT,
                GroupId: getAtt(groupId, 'GroupId'),
                IpProtocol: 'tcp',
                SourceSecurityGroupId: source,
                ToPort: NFS_PORT,
            },
        }, owner);
    }
    return groupId;
}
function convertVolume(ctx, volume) {
    const at = `volumes.${volume.key}`;
    const owner = `volume "${volume.key}"`;
    if (!ECS_VOLUME_NAME.test(volume.key)) {
        throw ctx.error(`volume "${volume.key}": ECS volume names may hold only letters, digits, "-" and "_": rename the volume.`, at);
    }
    if (volume.driver !== undefined && volume.driver !== '' && volume.driver !== 'local') {
        ctx.warn(`volume driver "${volume.driver}" is ignored: volumes are Amazon EFS file systems on ECS.`, `${at}.driver`);
    }
    for (const name of Object.keys(volume.driverOpts).sort()) {
        if (!FILE_SYSTEM_OPTIONS.includes(name) && !ACCESS_POINT_OPTIONS.includes(name)) {
            ctx.warn(`driver_opts.${name} is not an EFS option (${[...FILE_SYSTEM_OPTIONS, ...ACCESS_POINT_OPTIONS].join(', ')}): ignored.`, `${at}.driver_opts.${name}`);
        }
    }
    const prefix = (0,naming/* normalizeResourceName */.LU)(volume.key);
    const existing = existingFileSystem(ctx, volume);
    let fileSystemId;
    let fileSystemArn;
    if (existing !== undefined) {
        for (const name of FILE_SYSTEM_OPTIONS) {
            if (volume.driverOpts[name] !== undefined)
                ctx.warn(`driver_opts.${name} is ignored: volume "${volume.key}" uses the existing file system ${existing.id}.`, `${at}.driver_opts.${name}`);
        }
        fileSystemId = existing.id;
        fileSystemArn = existing.arn;
    }
    else {
        const id = (0,naming/* volumeLogicalId */.zW)(volume.key);
        ctx.addResource(id, { Type: 'AWS::EFS::FileSystem', DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain', Properties: fileSystemProperties(ctx, volume) }, owner);
        fileSystemId = ref(id);
        fileSystemArn = getAtt(id, 'Arn');
    }
    const accessPoint = `${prefix}AccessPoint`;
    const { properties, posixUser } = accessPointProperties(ctx, volume, fileSystemId);
    ctx.addResource(accessPoint, { Type: 'AWS::EFS::AccessPoint', Properties: properties }, owner);
    const mountTargets = [];
    const wantMountTargets = new extensions/* ExtensionReader */.h(ctx, volume.extensions, at).boolean('x-aws-mount_targets') ?? true;
    if (wantMountTargets) {
        const securityGroup = createNfsSecurityGroup(ctx, volume, prefix);
        for (const subnet of mountTargetSubnets(ctx.network.subnets)) {
            const id = `${prefix}NFSMountTargetOn${(0,naming/* normalizeResourceName */.LU)(subnet.name)}`;
            ctx.addResource(id, {
                Type: 'AWS::EFS::MountTarget',
                Properties: { FileSystemId: fileSystemId, SecurityGroups: [getAtt(securityGroup, 'GroupId')], SubnetId: subnet.id },
            }, owner);
            mountTargets.push(id);
        }
    }
    return { key: volume.key, fileSystemId, fileSystemArn, accessPoint, mountTargets, posixUser };
}
function mountPolicy(service, plan, writable) {
    const actions = ['elasticfilesystem:ClientMount', ...(writable ? ['elasticfilesystem:ClientWrite'] : []), ...(plan.posixUser ? [] : ['elasticfilesystem:ClientRootAccess'])];
    return {
        PolicyName: `${(0,naming/* normalizeResourceName */.LU)(service.name)}${(0,naming/* normalizeResourceName */.LU)(plan.key)}VolumeMountPolicy`,
        PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
                {
                    Effect: 'Allow',
                    Action: actions,
                    Resource: [plan.fileSystemArn],
                    Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': getAtt(plan.accessPoint, 'Arn') } },
                },
            ],
        },
    };
}
function checkMount(ctx, service, mount, index) {
    const at = `services.${service.name}.volumes[${index}]`;
    if (mount.source === undefined || mount.source === '') {
        throw ctx.error(`service ${service.name} has an invalid volume ${mount.target}: ECS does not support sourceless volumes`, at);
    }
    if (!(mount.source in ctx.project.volumes)) {
        throw ctx.error(`service ${service.name} mounts volume "${mount.source}", which is not declared under the top-level volumes.`, at);
    }
    if (mount.volume?.subpath !== undefined && mount.volume.subpath !== '') {
        throw ctx.error('volume.subpath is not supported by ECS, which mounts a whole volume: use the volume\'s driver_opts.root_directory instead.', `${at}.volume.subpath`);
    }
    return mount.source;
}
const volumesConcern = {
    name: 'volumes (EFS)',
    project(ctx) {
        const converted = new Map();
        for (const volume of Object.values(ctx.project.volumes))
            converted.set(volume.key, convertVolume(ctx, volume));
        volumes_plans.set(ctx, converted);
    },
    service(ctx, service) {
        const mounts = service.volumes.map((mount, index) => ({ mount, index })).filter(({ mount }) => mount.type === 'volume');
        if (mounts.length === 0)
            return undefined;
        const converted = volumes_plans.get(ctx) ?? new Map();
        const writable = new Map();
        const mountPoints = [];
        for (const { mount, index } of mounts) {
            const key = checkMount(ctx, service, mount, index);
            writable.set(key, (writable.get(key) ?? false) || !mount.readOnly);
            mountPoints.push({ ContainerPath: mount.target, ReadOnly: mount.readOnly, SourceVolume: key });
        }
        const used = [...writable.keys()].map((key) => {
            const plan = converted.get(key);
            if (plan === undefined)
                throw ctx.error(`volume "${key}" was not converted.`, `volumes.${key}`);
            return plan;
        });
        return {
            mainContainer: { MountPoints: mountPoints },
            volumes: used.map((plan) => ({
                EFSVolumeConfiguration: {
                    AuthorizationConfig: { AccessPointId: ref(plan.accessPoint), IAM: 'ENABLED' },
                    FilesystemId: plan.fileSystemId,
                    TransitEncryption: 'ENABLED',
                },
                Name: plan.key,
            })),
            taskRolePolicies: used.map((plan) => mountPolicy(service, plan, writable.get(plan.key) ?? false)),
            serviceDependsOn: used.flatMap((plan) => plan.mountTargets),
        };
    },
};

;// CONCATENATED MODULE: ./src/convert/concerns.ts
// The pluggable concerns, in the order their hooks run (see the CONTRIBUTING note at the top of context.ts).
//
// EFS volumes, secrets and GPU/EC2 capacity live in volumes.ts, secrets.ts and gpu.ts. A new concern is one import
// and one entry below.
//
// Order matters only where one concern reads what another added: volumes and secrets before GPU, so a GPU concern
// that switches a task to EC2 sees the complete task.



// ---- the registry ---------------------------------------------------------------------------------------------
const CONCERNS = [
    volumesConcern,
    secrets/* secretsConcern */.OL,
    gpuConcern,
];

;// CONCATENATED MODULE: ./src/convert/compatibility.ts
// What of the Compose model ECS can run. Docker's incompatibilities stay errors with its wording (missing image,
// published ≠ target, bind mounts, tmpfs, cap_add beyond SYS_PTRACE); every error of the project is reported at
// once. Keys ECS/Fargate cannot honour become warnings with their key path (`services.web.privileged`), instead of
// Docker's silent stripping. Keys that ECS does accept are mapped in container.ts, not here.

/** Extensions this converter (and its concern modules) read; any other `x-aws-*` key is reported as unknown. */
const KNOWN_PROJECT_EXTENSIONS = new Set([
    'x-aws-cluster',
    'x-aws-vpc',
    'x-aws-loadbalancer',
    'x-aws-cloudformation',
    'x-aws-logs_retention',
    'x-aws-searchdomain_image',
    'x-aws-assign_public_ip',
    'x-aws-secrets_image', // storage: secrets.ts (init container image)
    'x-aws-attach_capacity_provider', // storage: gpu.ts (opt-in with x-aws-cluster)
]);
const KNOWN_SERVICE_EXTENSIONS = new Set(['x-aws-pull_credentials', 'x-aws-role', 'x-aws-policies', 'x-aws-assign_public_ip']);
/** Service keys with no ECS/Fargate equivalent (model field → Compose key and why). */
const UNSUPPORTED = [
    ['privileged', 'privileged', 'Fargate does not run privileged containers'],
    ['securityOpt', 'security_opt', 'Fargate does not accept Docker security options'],
    ['shmSize', 'shm_size', 'Fargate does not accept a shared memory size'],
    ['ipc', 'ipc', 'Fargate does not accept an IPC mode'],
    ['pid', 'pid', 'Fargate does not share PID namespaces with the host or other containers'],
    ['devices', 'devices', 'Fargate does not map host devices'],
    ['links', 'links', 'services reach each other by name through Cloud Map; links are not needed'],
    ['dns', 'dns', 'the awsvpc network mode uses the VPC resolver'],
    ['dnsSearch', 'dns_search', 'the awsvpc network mode refuses DNS search domains'],
    ['extraHosts', 'extra_hosts', 'the awsvpc network mode refuses extra hosts'],
    ['hostname', 'hostname', 'the awsvpc network mode refuses a container hostname'],
    ['domainname', 'domainname', 'ECS has no container domain name'],
    ['stopSignal', 'stop_signal', 'ECS always stops containers with SIGTERM'],
    ['restart', 'restart', 'ECS replaces stopped tasks itself'],
    ['pullPolicy', 'pull_policy', 'ECS pulls the image on every task start'],
    ['networkMode', 'network_mode', 'ECS tasks on Fargate always use the awsvpc network mode'],
];
function isSet(value) {
    if (value === undefined || value === null || value === false)
        return false;
    if (Array.isArray(value))
        return value.length > 0;
    if (typeof value === 'object')
        return Object.keys(value).length > 0;
    return true;
}
function checkService(ctx, service, errors, portOwners) {
    const at = `services.${service.name}`;
    const error = (message, key) => {
        errors.push({ message, ...ctx.at(key) });
    };
    if (service.image === undefined || service.image === '') {
        error(`service ${service.name} doesn't define a Docker image to run`, service.build ? `${at}.build` : at);
    }
    else if (service.build !== undefined) {
        ctx.warn('build is not supported: the image is deployed as it is in its registry.', `${at}.build`);
    }
    service.ports.forEach((port, i) => {
        const key = `${at}.ports[${i}]`;
        if (port.published !== undefined && port.published !== '' && String(port.published) !== String(port.target)) {
            error(`published port can't be set to a distinct value than container port (published ${port.published}, container ${port.target})`, key);
            return;
        }
        if (port.protocol !== 'tcp' && port.protocol !== 'udp')
            error(`protocol "${port.protocol}" is not supported by ECS load balancers: use tcp or udp.`, key);
        if (port.hostIp !== undefined && port.hostIp !== '' && port.hostIp !== '0.0.0.0') {
            ctx.warn(`host IP ${port.hostIp} is ignored: published ports are served by the load balancer.`, key);
        }
        const owner = portOwners.get(port.target);
        if (owner !== undefined && owner !== `${service.name}/${port.protocol}`) {
            error(`port ${port.target} is published twice (${owner.split('/')[0]} and ${service.name}): the stack's one load balancer has one listener per port.`, key);
        }
        portOwners.set(port.target, `${service.name}/${port.protocol}`);
    });
    service.volumes.forEach((volume, i) => {
        const key = `${at}.volumes[${i}]`;
        if (volume.type === 'bind')
            error('ECS Fargate does not support bind mounts from host', key);
        else if (volume.type === 'tmpfs')
            error('ECS Fargate does not support tmpfs', key);
        else if (volume.type !== 'volume')
            error(`volumes of type ${volume.type} are not supported by ECS`, key);
    });
    if (service.tmpfs.length > 0)
        error('ECS Fargate does not support tmpfs', `${at}.tmpfs`);
    service.capAdd.forEach((capability, i) => {
        if (capability !== 'SYS_PTRACE')
            error(`ECS doesn't allow to add capability ${capability}`, `${at}.cap_add[${i}]`);
    });
    for (const [field, key, why] of UNSUPPORTED) {
        if (isSet(service[field]))
            ctx.warn(`${key} is not supported on ECS (${why}): ignored.`, `${at}.${key}`);
    }
    if (service.configs.length > 0)
        ctx.warn('configs are not supported on ECS: the files will not exist in the container.', `${at}.configs`);
    for (const name of Object.keys(service.ulimits).sort()) {
        if (name !== 'nofile')
            ctx.warn(`services.ulimits.${name} is not supported by Fargate`, `${at}.ulimits.${name}`);
    }
    for (const [name, attachment] of Object.entries(service.networks)) {
        if (attachment && (attachment.aliases.length > 0 || attachment.ipv4Address || attachment.ipv6Address)) {
            ctx.warn('network aliases and fixed addresses are not supported on ECS: services are found by their name only.', `${at}.networks.${name}`);
        }
    }
    if (service.healthcheck?.startInterval !== undefined)
        ctx.warn('healthcheck.start_interval is not supported by ECS: ignored.', `${at}.healthcheck.start_interval`);
    const deploy = service.deploy;
    if (deploy) {
        const d = `${at}.deploy`;
        if (deploy.mode !== undefined && deploy.mode !== 'replicated')
            ctx.warn(`deploy.mode ${deploy.mode} is not supported on Fargate: the service is replicated.`, `${d}.mode`);
        if (deploy.endpointMode !== undefined)
            ctx.warn('deploy.endpoint_mode is not supported on ECS: ignored.', `${d}.endpoint_mode`);
        if (deploy.restartPolicy !== undefined)
            ctx.warn('deploy.restart_policy is not supported: ECS replaces stopped tasks itself.', `${d}.restart_policy`);
        if (Object.keys(deploy.labels).length > 0)
            ctx.warn('deploy.labels are not supported on ECS: ignored.', `${d}.labels`);
        if (deploy.rollbackConfig !== undefined)
            ctx.warn('deploy.rollback_config is not supported: failed deployments roll back by the ECS circuit breaker.', `${d}.rollback_config`);
        if (deploy.resources.limits?.pids !== undefined)
            ctx.warn('deploy.resources.limits.pids is not supported on ECS: ignored.', `${d}.resources.limits.pids`);
        const update = deploy.updateConfig;
        if (update) {
            for (const [field, key] of [
                ['delay', 'delay'],
                ['failureAction', 'failure_action'],
                ['monitor', 'monitor'],
                ['maxFailureRatio', 'max_failure_ratio'],
                ['order', 'order'],
            ]) {
                if (update[field] !== undefined)
                    ctx.warn(`deploy.update_config.${key} is not supported on ECS: ignored (rolling updates follow the min/max percents).`, `${d}.update_config.${key}`);
            }
        }
    }
    for (const key of Object.keys(service.otherKeys).sort())
        ctx.warn(`${key} is not supported on ECS: ignored.`, `${at}.${key}`);
    for (const key of Object.keys(service.extensions).sort()) {
        if (key.startsWith('x-aws-') && !KNOWN_SERVICE_EXTENSIONS.has(key))
            ctx.warn(`unknown extension ${key}: ignored.`, `${at}.${key}`);
    }
}
/** Throws a ComposeError listing every incompatibility; records warnings on the context. */
function checkCompatibility(ctx) {
    const errors = [];
    const portOwners = new Map();
    for (const service of Object.values(ctx.project.services))
        checkService(ctx, service, errors, portOwners);
    for (const key of Object.keys(ctx.project.extensions).sort()) {
        if (key.startsWith('x-aws-') && !KNOWN_PROJECT_EXTENSIONS.has(key))
            ctx.warn(`unknown extension ${key}: ignored.`, key);
    }
    if (Object.keys(ctx.project.configs).length > 0)
        ctx.warn('configs are not supported on ECS: ignored.', 'configs');
    if (errors.length > 0)
        throw new src_errors/* ComposeError */.hp(errors);
}

;// CONCATENATED MODULE: ./src/convert/logs.ts
// CloudWatch Logs: one `LogGroup` named `/docker-compose/<stack>` (Docker's name, so `logs` finds earlier
// stacks' logs), retention from x-aws-logs_retention, and every container logging to it with the awslogs driver.
// `logging.options` keys starting with `awslogs-` override the defaults (a user may redirect group, region or
// prefix); other options and other drivers cannot work on Fargate's awslogs setup and are reported.


const LOG_GROUP = 'LogGroup';
/** CloudWatch Logs' accepted retention periods, in days. */
const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];
/** The awslogs driver options ECS accepts. */
const AWSLOGS_OPTIONS = ['awslogs-create-group', 'awslogs-datetime-format', 'awslogs-group', 'awslogs-multiline-pattern', 'awslogs-region', 'awslogs-stream-prefix'];
function createLogGroup(ctx) {
    const retention = new extensions/* ExtensionReader */.h(ctx, ctx.project.extensions, '').integer('x-aws-logs_retention', 0, 3653);
    if (retention !== undefined && retention !== 0 && !RETENTION_DAYS.includes(retention)) {
        throw ctx.error(`x-aws-logs_retention must be one of CloudWatch Logs' retention periods (${RETENTION_DAYS.join(', ')} days), got ${retention}.`, 'x-aws-logs_retention');
    }
    ctx.addResource(LOG_GROUP, {
        Type: 'AWS::Logs::LogGroup',
        Properties: {
            LogGroupName: `/docker-compose/${ctx.stackName}`,
            // 0 (Docker's "unset") keeps logs forever.
            ...(retention ? { RetentionInDays: retention } : {}),
            Tags: ctx.tags(),
        },
    });
}
/** Reports logging settings ECS cannot honour (once per service). */
function checkLogging(ctx, service) {
    const logging = service.logging;
    const key = `services.${service.name}.logging`;
    if (logging?.driver !== undefined && logging.driver !== '' && logging.driver !== 'awslogs') {
        ctx.warn(`logging driver "${logging.driver}" is replaced by awslogs (CloudWatch Logs) on ECS.`, `${key}.driver`);
    }
    for (const name of Object.keys(logging?.options ?? {}).sort()) {
        if (!name.startsWith('awslogs-'))
            ctx.warn(`logging option "${name}" is ignored: only awslogs-* options apply on ECS.`, `${key}.options.${name}`);
        // Passed through as Docker did, but ECS will refuse the task definition: say so now.
        else if (!AWSLOGS_OPTIONS.includes(name)) {
            const hint = name === 'awslogs-datetime-pattern' ? ' (did you mean awslogs-datetime-format?)' : '';
            ctx.warn(`"${name}" is not an awslogs option ECS accepts (${AWSLOGS_OPTIONS.join(', ')})${hint}.`, `${key}.options.${name}`);
        }
    }
}
/** The LogConfiguration of every container of a service (init containers included). */
function logConfiguration(ctx, service) {
    const options = {
        'awslogs-group': ref(LOG_GROUP),
        'awslogs-region': ref('AWS::Region'),
        'awslogs-stream-prefix': ctx.stackName,
    };
    const given = service.logging?.options ?? {};
    for (const name of Object.keys(given).sort()) {
        if (name.startsWith('awslogs-'))
            options[name] = given[name];
    }
    return { LogDriver: 'awslogs', Options: options };
}

;// CONCATENATED MODULE: ./src/convert/discovery.ts
// Service discovery: a private Cloud Map namespace `<stack>.local` in the VPC and one A record set per service,
// `<service>.<stack>.local`, as Docker did.
//
// SHORT NAMES (`db` rather than `db.<stack>.local`), the choice made here:
// Docker appended `search <region>.compute.internal <project>.local` to /etc/resolv.conf from an init container
// (`<S>_ResolvConf_InitContainer`, image `docker/ecs-searchdomain-sidecar:1.0`); awsvpc tasks share that file, so
// the main container then resolves short names. ECS has no equivalent: `DnsSearchDomains` is refused with the
// awsvpc network mode Fargate requires, and Service Connect needs a proxy per task and different names. So the
// behaviour is kept, with Docker's two defects fixed:
//   - the region's own search domain is chosen by the template at deploy time (`Fn::If` on `AWS::Region`):
//     `ec2.internal` in us-east-1, `<region>.compute.internal` elsewhere (Docker wrote `<region>.compute.internal`
//     everywhere, wrong in us-east-1, and `.compute.internal` when it did not know the region);
//   - the image is not pulled from Docker Hub (rate limits, VPCs without a route to it, #911): it is a plain
//     `sh` one-liner run by `public.ecr.aws/docker/library/alpine` (ECR Public, reachable through the same
//     endpoints as the rest of AWS), configurable with the project extension `x-aws-searchdomain_image`
//     (or ConvertOptions.searchDomainImage) for mirrors. The image needs `sh` and `printf`.
// The container keeps Docker's name, is non-essential and the main container waits for its SUCCESS.




const CLOUD_MAP = 'CloudMap';
const DEFAULT_SEARCH_DOMAIN_IMAGE = 'public.ecr.aws/docker/library/alpine:3.20';
/** Template condition: the stack is deployed in us-east-1, whose EC2 DNS domain is `ec2.internal`. */
const US_EAST_1_CONDITION = 'IsUsEast1';
function createCloudMap(ctx) {
    ctx.addResource(CLOUD_MAP, {
        Type: 'AWS::ServiceDiscovery::PrivateDnsNamespace',
        Properties: {
            Description: `Service Map for Docker Compose project ${ctx.stackName}`,
            Name: `${ctx.stackName}.local`,
            Tags: ctx.tags(),
            Vpc: ctx.network.vpcId,
        },
    });
    ctx.template.Conditions = { ...ctx.template.Conditions, [US_EAST_1_CONDITION]: { 'Fn::Equals': [ref('AWS::Region'), 'us-east-1'] } };
}
/** `<S>ServiceDiscoveryEntry`; returns the ECS service's ServiceRegistries. */
function createDiscoveryEntry(ctx, service) {
    const id = (0,naming/* discoveryEntryLogicalId */.lN)(service.name);
    ctx.addResource(id, {
        Type: 'AWS::ServiceDiscovery::Service',
        Properties: {
            Description: `"${service.name}" service discovery entry in Cloud Map`,
            DnsConfig: { DnsRecords: [{ TTL: 60, Type: 'A' }], RoutingPolicy: 'MULTIVALUE' },
            HealthCheckCustomConfig: { FailureThreshold: 1 },
            Name: service.name,
            NamespaceId: ref(CLOUD_MAP),
            Tags: ctx.serviceTags(service),
        },
    }, `service "${service.name}"`);
    return [{ RegistryArn: getAtt(id, 'Arn') }];
}
function searchDomainImage(ctx) {
    return new extensions/* ExtensionReader */.h(ctx, ctx.project.extensions, '').string('x-aws-searchdomain_image') ?? ctx.options.searchDomainImage ?? DEFAULT_SEARCH_DOMAIN_IMAGE;
}
/** The init container that makes short service names resolve (see the header). */
function searchDomainInitContainer(ctx, service) {
    const regionDomain = {
        'Fn::If': [US_EAST_1_CONDITION, 'ec2.internal', { 'Fn::Sub': '${AWS::Region}.compute.internal' }],
    };
    return {
        Name: (0,naming/* initContainerName */.dE)(service.name, 'ResolvConf'),
        Image: searchDomainImage(ctx),
        Essential: false,
        // `sh -c script name args…`: $0 is the name, "$@" the domains, one line appended as Docker's sidecar did.
        EntryPoint: ['sh', '-c'],
        Command: ['printf "\\nsearch %s %s\\n" "$1" "$2" >> /etc/resolv.conf', 'searchdomain', regionDomain, `${ctx.stackName}.local`],
        LogConfiguration: logConfiguration(ctx, service),
    };
}

;// CONCATENATED MODULE: ./src/convert/network.ts
// Compose networks → security groups. Each network is `<N>Network` (AWS::EC2::SecurityGroup) with a
// self-referencing `<N>NetworkIngress`, so the members of a network reach each other on every port and nothing
// else does — Compose's isolation model. An external network whose name is a security-group id is used as is,
// with no resource and no rule added to it (Docker added its port rules to external groups, #1783). Internet
// ingress for published ports is the load balancer's business (loadbalancer.ts), not every network's.



const SECURITY_GROUP_ID = /^sg-[0-9a-f]+$/;
/** Networks of the project: the declared ones plus any a service joins without declaring (`default`). */
function projectNetworks(ctx) {
    const networks = new Map(Object.entries(ctx.project.networks));
    for (const service of Object.values(ctx.project.services)) {
        for (const key of Object.keys(service.networks)) {
            if (!networks.has(key)) {
                networks.set(key, { key, name: `${ctx.project.name}_${key}`, external: false, internal: false, driverOpts: {}, labels: {}, extensions: {} });
            }
        }
    }
    return [...networks.values()].sort((a, b) => a.key.localeCompare(b.key));
}
/** The existing security group an external network stands for, or undefined for a network the stack creates. */
function externalSecurityGroup(ctx, network) {
    const x = new extensions/* ExtensionReader */.h(ctx, network.extensions, `networks.${network.key}`);
    const alias = x.string('x-aws-securitygroup');
    if (alias !== undefined) {
        ctx.warn('x-aws-securitygroup is deprecated: use `external: true` and `name: <security group id>`.', `networks.${network.key}.x-aws-securitygroup`);
    }
    if (!network.external && alias === undefined)
        return undefined;
    const id = alias ?? network.name;
    if (!SECURITY_GROUP_ID.test(id)) {
        throw ctx.error(`external network "${network.key}" must be named after an existing security group id (sg-…), got "${id}": ECS networks are security groups.`, `networks.${network.key}`);
    }
    return id;
}
/** Whether the load balancer may add internet ingress rules to this network's security group. */
function acceptsIngress(ctx, network) {
    if (network.internal)
        return false;
    if (!network.external && network.extensions['x-aws-securitygroup'] === undefined)
        return true;
    // External groups are someone else's: only touched when asked (x-aws-allow_ingress: true on the network).
    return new extensions/* ExtensionReader */.h(ctx, network.extensions, `networks.${network.key}`).boolean('x-aws-allow_ingress') ?? false;
}
function createSecurityGroups(ctx) {
    for (const network of projectNetworks(ctx)) {
        const existing = externalSecurityGroup(ctx, network);
        if (existing !== undefined) {
            ctx.securityGroups.set(network.key, existing);
            continue;
        }
        const id = (0,naming/* networkLogicalId */.r3)(network.key);
        const owner = `network "${network.key}"`;
        ctx.addResource(id, {
            Type: 'AWS::EC2::SecurityGroup',
            Properties: {
                GroupDescription: `${ctx.stackName} Security Group for ${network.key} network`,
                Tags: ctx.tags({ [naming/* NETWORK_TAG */.GN]: network.name }),
                VpcId: ctx.network.vpcId,
            },
        }, owner);
        ctx.addResource((0,naming/* networkIngressLogicalId */._P)(network.key), {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: {
                Description: `Allow communication within network ${network.key}`,
                GroupId: ref(id),
                IpProtocol: '-1',
                SourceSecurityGroupId: ref(id),
            },
        }, owner);
        ctx.securityGroups.set(network.key, ref(id));
    }
}

;// CONCATENATED MODULE: ./src/convert/loadbalancer.ts
// The load balancer: one per stack, when any service publishes a port (Docker's model).
//   - Type: application when every published port is HTTP (`x-aws-protocol: http|https`, or target 80/443 without
//     that extension), else network — Docker's rule, kept so existing stacks keep their load balancer.
//   - `x-aws-loadbalancer` reuses an existing one (by ARN: its type is read from the ARN and must match).
//   - Per published port: `<S><PROTO><port>TargetGroup` (ip targets) and `<S><PROTO><port>Listener` on it, plus a
//     stack Output `<S><PROTO><port>Url` with the public URL (scheme, DNS name and port) for later modes.
//   - It lives in the public subnets (`network.loadBalancerSubnets`), the tasks in `network.subnets`.
//
// Ingress, doing better than Docker (which opened 0.0.0.0/0 on every network of every service, external security
// groups included, #1783): `<Net><port>Ingress` (Docker's name) opens a published port to the internet only on the
// networks the load balancer uses — those of the services publishing ports that are neither `internal` nor
// external. An external security group is touched only when its network says `x-aws-allow_ingress: true`.
// With an application load balancer those same groups are the load balancer's security groups, so the balancer
// reaches the tasks through the network's self-referencing rule.




const LOAD_BALANCER = 'LoadBalancer';
function isHttp(ctx, p) {
    const key = `services.${p.service.name}.ports[${p.index}]`;
    const declared = new extensions/* ExtensionReader */.h(ctx, p.port.extensions, key).string('x-aws-protocol');
    if (declared !== undefined) {
        const protocol = declared.toLowerCase();
        if (protocol !== 'http' && protocol !== 'https' && protocol !== 'tcp' && protocol !== 'udp') {
            throw ctx.error(`x-aws-protocol must be http, https, tcp or udp, got "${declared}".`, `${key}.x-aws-protocol`);
        }
        return protocol === 'http' || protocol === 'https';
    }
    return p.protocol === 'tcp' && (p.port.target === 80 || p.port.target === 443);
}
/** Published ports of the project, in service order (compatibility.ts has already checked them). */
function publishedPorts(ctx) {
    const ports = [];
    for (const service of Object.values(ctx.project.services)) {
        service.ports.forEach((port, index) => {
            ports.push({ service, port, index, protocol: port.protocol === 'udp' ? 'udp' : 'tcp' });
        });
    }
    return ports;
}
function existingLoadBalancerType(ctx, arn) {
    const kind = /:loadbalancer\/(app|net)\//.exec(arn)?.[1];
    if (!arn.startsWith('arn:') || kind === undefined) {
        throw ctx.error(`x-aws-loadbalancer must be the ARN of an application or network load balancer (arn:aws:elasticloadbalancing:…:loadbalancer/app|net/…), got "${arn}".`, 'x-aws-loadbalancer');
    }
    return kind === 'app' ? 'application' : 'network';
}
function planLoadBalancer(ctx) {
    const ports = publishedPorts(ctx);
    const existing = new extensions/* ExtensionReader */.h(ctx, ctx.project.extensions, '').string('x-aws-loadbalancer');
    if (ports.length === 0) {
        if (existing !== undefined)
            ctx.warn('x-aws-loadbalancer is unused: no service publishes a port.', 'x-aws-loadbalancer');
        return undefined;
    }
    const type = ports.every((p) => isHttp(ctx, p)) ? 'application' : 'network';
    if (existing === undefined)
        return { type, arn: ref(LOAD_BALANCER), external: false, ports };
    const actual = existingLoadBalancerType(ctx, existing);
    if (actual !== type)
        throw ctx.error(`load balancer "${existing}" is of type ${actual}, project require a ${type}`, 'x-aws-loadbalancer');
    return { type, arn: existing, external: true, ports };
}
/** Security groups of the networks the load balancer uses (see the header), keyed by network. */
function loadBalancerNetworks(ctx, plan) {
    const byKey = new Map(projectNetworks(ctx).map((n) => [n.key, n]));
    const used = new Map();
    for (const service of new Set(plan.ports.map((p) => p.service))) {
        const keys = Object.keys(service.networks).sort().filter((key) => {
            const network = byKey.get(key);
            return network !== undefined && acceptsIngress(ctx, network);
        });
        if (keys.length === 0) {
            ctx.warn(`service "${service.name}" publishes ports but none of its networks accepts load-balancer ingress (internal or external): its ports are unreachable unless a network allows it (x-aws-allow_ingress: true on an external network).`, `services.${service.name}.ports`);
        }
        for (const key of keys)
            used.set(key, ctx.securityGroups.get(key));
    }
    return used;
}
function createLoadBalancer(ctx, plan) {
    const networks = loadBalancerNetworks(ctx, plan);
    if (!plan.external) {
        const securityGroups = [...networks.keys()].sort().map((key) => networks.get(key));
        ctx.addResource(LOAD_BALANCER, {
            Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
            Properties: {
                ...(plan.type === 'network' ? { LoadBalancerAttributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }] } : {}),
                Scheme: 'internet-facing',
                ...(plan.type === 'application' ? { SecurityGroups: securityGroups } : {}),
                Subnets: ctx.network.loadBalancerSubnets.map((s) => s.id),
                Tags: ctx.tags(),
                Type: plan.type,
            },
        });
    }
    for (const p of plan.ports) {
        for (const key of Object.keys(p.service.networks).sort()) {
            if (!networks.has(key))
                continue;
            const protocol = p.protocol.toUpperCase();
            ctx.addResource((0,naming/* portIngressLogicalId */.fD)(key, p.port.target), {
                Type: 'AWS::EC2::SecurityGroupIngress',
                Properties: {
                    CidrIp: '0.0.0.0/0',
                    Description: `${p.service.name}:${p.port.target}/${p.protocol} on ${key} network`,
                    FromPort: p.port.target,
                    GroupId: networks.get(key),
                    IpProtocol: protocol,
                    ToPort: p.port.target,
                },
            }, `port ${p.port.target} of service "${p.service.name}"`);
        }
    }
}
/** Target group, listener and URL output of each published port of one service. */
function createServiceTargets(ctx, plan, service) {
    const targets = { loadBalancers: [], listeners: [] };
    if (plan === undefined)
        return targets;
    for (const p of plan.ports.filter((q) => q.service === service)) {
        const port = p.port.target;
        const protocol = plan.type === 'application' ? 'HTTP' : p.protocol.toUpperCase();
        const targetGroup = (0,naming/* targetGroupLogicalId */.pf)(service.name, p.protocol, port);
        const listener = (0,naming/* listenerLogicalId */.Zc)(service.name, p.protocol, port);
        const owner = `port ${port} of service "${service.name}"`;
        ctx.addResource(targetGroup, {
            Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
            Properties: { Port: port, Protocol: protocol, Tags: ctx.serviceTags(service), TargetType: 'ip', VpcId: ctx.network.vpcId },
        }, owner);
        ctx.addResource(listener, {
            Type: 'AWS::ElasticLoadBalancingV2::Listener',
            Properties: {
                DefaultActions: [{ ForwardConfig: { TargetGroups: [{ TargetGroupArn: ref(targetGroup) }] }, Type: 'forward' }],
                LoadBalancerArn: plan.arn,
                Port: port,
                Protocol: protocol,
            },
        }, owner);
        // An existing load balancer's DNS name is not known to the template: no URL output for it.
        if (!plan.external) {
            const scheme = protocol === 'HTTP' ? 'http' : p.protocol;
            ctx.template.Outputs = {
                ...ctx.template.Outputs,
                [listener.replace(/Listener$/, 'Url')]: {
                    Description: `Public endpoint of service ${service.name}, port ${port}/${p.protocol}`,
                    Value: { 'Fn::Join': ['', [`${scheme}://`, getAtt(LOAD_BALANCER, 'DNSName'), `:${port}`]] },
                },
            };
        }
        targets.loadBalancers.push({ ContainerName: service.name, ContainerPort: port, TargetGroupArn: ref(targetGroup) });
        targets.listeners.push(listener);
    }
    return targets;
}

// EXTERNAL MODULE: ./src/convert/render.ts
var render = __webpack_require__(5399);
;// CONCATENATED MODULE: ./src/convert/limits.ts
// CloudFormation's limits, checked before anything is sent: a failed stack operation costs minutes, this costs
// nothing. Sizes are measured on the canonical minified JSON, the smallest form of the template.


const MAX_RESOURCES = 500;
const MAX_OUTPUTS = 200;
const MAX_PARAMETERS = 200;
/** TemplateBody limit; beyond it the template must go through S3. */
const MAX_INLINE_BYTES = 51_200;
/** Template size limit through S3 (1 MB). */
const MAX_TEMPLATE_BYTES = 1_048_576;
/** Throws for a template CloudFormation would refuse; returns warnings for what needs care. */
function checkLimits(template) {
    const resources = Object.keys(template.Resources).length;
    if (resources > MAX_RESOURCES) {
        throw new src_errors/* UserError */.yo(`The template has ${resources} resources, more than CloudFormation's ${MAX_RESOURCES} per stack: split the project into several Compose projects (stacks).`);
    }
    const outputs = Object.keys(template.Outputs ?? {}).length;
    if (outputs > MAX_OUTPUTS)
        throw new src_errors/* UserError */.yo(`The template has ${outputs} outputs, more than CloudFormation's ${MAX_OUTPUTS}: publish fewer ports or split the project.`);
    const parameters = Object.keys(template.Parameters ?? {}).length;
    if (parameters > MAX_PARAMETERS)
        throw new src_errors/* UserError */.yo(`The template has ${parameters} parameters, more than CloudFormation's ${MAX_PARAMETERS}.`);
    const bytes = Buffer.byteLength((0,render/* minifiedJson */.Gy)(template), 'utf8');
    if (bytes > MAX_TEMPLATE_BYTES) {
        throw new src_errors/* UserError */.yo(`The template is ${bytes} bytes, more than CloudFormation's ${MAX_TEMPLATE_BYTES} (1 MB) even through S3: split the project into several Compose projects (stacks).`);
    }
    if (bytes > MAX_INLINE_BYTES) {
        return [
            {
                message: `The template is ${bytes} bytes (minified JSON), more than the ${MAX_INLINE_BYTES} bytes CloudFormation accepts inline: deploying it needs the s3-bucket input.`,
            },
        ];
    }
    return [];
}

;// CONCATENATED MODULE: ./src/convert/overlay.ts
// x-aws-cloudformation: a CloudFormation fragment merged over the generated template, last, for YAML and JSON
// output alike (Docker refused overlays with JSON output). Docker's (kyaml merge2) semantics: maps deep-merge,
// scalars and lists replace (lists are not appended, #2160), and a `null` value deletes the key.
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `overlay` merged over `base`, neither modified. */
function deepMerge(base, overlay) {
    if (!isMapping(base) || !isMapping(overlay))
        return structuredClone(overlay);
    const merged = { ...base };
    for (const [key, value] of Object.entries(overlay)) {
        if (value === null)
            delete merged[key];
        else
            merged[key] = key in base ? deepMerge(base[key], value) : structuredClone(value);
    }
    return merged;
}
function applyOverlay(ctx) {
    const overlay = ctx.project.extensions['x-aws-cloudformation'];
    if (overlay === undefined || overlay === null)
        return ctx.template;
    if (!isMapping(overlay))
        throw ctx.error('x-aws-cloudformation must be a mapping: a fragment of the CloudFormation template (Resources, Outputs, …).', 'x-aws-cloudformation');
    const resources = overlay['Resources'];
    if (resources !== undefined && resources !== null) {
        if (!isMapping(resources))
            throw ctx.error('x-aws-cloudformation.Resources must be a mapping of logical IDs.', 'x-aws-cloudformation.Resources');
        for (const [id, resource] of Object.entries(resources)) {
            if (resource === null)
                continue;
            if (!isMapping(resource))
                throw ctx.error(`x-aws-cloudformation.Resources.${id} must be a mapping.`, `x-aws-cloudformation.Resources.${id}`);
            // A new resource needs a type; a typo in an existing ID would otherwise become a broken resource.
            if (!(id in ctx.template.Resources) && typeof resource['Type'] !== 'string') {
                const generated = Object.keys(ctx.template.Resources).sort();
                const listed = generated.length > 30 ? `${generated.slice(0, 30).join(', ')}, …` : generated.join(', ');
                throw ctx.error(`x-aws-cloudformation.Resources.${id} is not a generated resource and has no Type: check the logical ID (generated: ${listed}).`, `x-aws-cloudformation.Resources.${id}`);
            }
        }
    }
    const merged = deepMerge(ctx.template, overlay);
    if (!isMapping(merged.Resources))
        throw ctx.error('x-aws-cloudformation must not delete Resources.', 'x-aws-cloudformation');
    return merged;
}

;// CONCATENATED MODULE: ./src/convert/container.ts
// The main container definition of a service: named after the Compose service, essential, with Docker's
// mappings (image, command, entrypoint, environment, labels, user, working_dir, init, cap_add/cap_drop, nofile
// ulimits, healthcheck, ports, MemoryReservation) and the keys Docker dropped although ECS on Fargate accepts
// them: read_only, stop_grace_period, sysctls (namespaced ones), tty, stdin_open, platform.


/** ECS container health check bounds, in seconds (retries: count). */
const HEALTHCHECK_BOUNDS = {
    Interval: [5, 300],
    Timeout: [2, 60],
    StartPeriod: [0, 300],
    Retries: [1, 10],
};
/** Fargate's stop timeout ceiling, seconds. */
const MAX_STOP_TIMEOUT = 120;
/** Sysctls Fargate accepts: the namespaced ones. */
const NAMESPACED_SYSCTL = /^(kernel\.(msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|fs\.mqueue\..+|net\..+)$/;
function healthCheck(ctx, service) {
    const hc = service.healthcheck;
    const key = `services.${service.name}.healthcheck`;
    if (hc === undefined || hc.disable === true)
        return undefined;
    if (hc.test === undefined || hc.test.length === 0) {
        ctx.warn('healthcheck without test is ignored: ECS does not run the image\'s HEALTHCHECK; give the command.', key);
        return undefined;
    }
    if (hc.test[0] === 'NONE')
        return undefined;
    const result = { Command: hc.test };
    const fields = [
        ['Interval', hc.interval, 'interval'],
        ['Timeout', hc.timeout, 'timeout'],
        ['StartPeriod', hc.startPeriod, 'start_period'],
        ['Retries', hc.retries, 'retries'],
    ];
    for (const [name, value, composeKey] of fields) {
        if (value === undefined)
            continue;
        // Durations are whole seconds in ECS (Docker truncated); 0 means "ECS default", as with Docker.
        const seconds = Math.trunc(value);
        if (seconds === 0 && name !== 'Retries')
            continue;
        const [min, max] = HEALTHCHECK_BOUNDS[name];
        const clamped = Math.min(max, Math.max(min, seconds));
        if (clamped !== seconds)
            ctx.warn(`healthcheck.${composeKey} ${value} is outside what ECS accepts (${min}–${max}): ${clamped} is used.`, `${key}.${composeKey}`);
        result[name] = clamped;
    }
    return result;
}
function linuxParameters(service) {
    const capabilities = {};
    if (service.capAdd.length > 0)
        capabilities['Add'] = service.capAdd;
    if (service.capDrop.length > 0)
        capabilities['Drop'] = service.capDrop;
    // Docker always emitted `LinuxParameters: {}`; kept so its stacks see no change here.
    return {
        ...(Object.keys(capabilities).length > 0 ? { Capabilities: capabilities } : {}),
        ...(service.init !== undefined ? { InitProcessEnabled: service.init } : {}),
    };
}
function environment(service) {
    // Sorted by name so a reordered file changes nothing; a variable without value is unset, as Compose runs it.
    const entries = Object.entries(service.environment)
        .filter((e) => e[1] !== null)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([Name, Value]) => ({ Name, Value }));
    return entries.length > 0 ? entries : undefined;
}
function sortedRecord(record) {
    const keys = Object.keys(record).sort();
    return keys.length > 0 ? Object.fromEntries(keys.map((k) => [k, record[k]])) : undefined;
}
function systemControls(ctx, service) {
    const controls = [];
    for (const name of Object.keys(service.sysctls).sort()) {
        if (NAMESPACED_SYSCTL.test(name))
            controls.push({ Namespace: name, Value: String(service.sysctls[name]) });
        else
            ctx.warn(`sysctl ${name} is not namespaced: Fargate refuses it, ignored.`, `services.${service.name}.sysctls.${name}`);
    }
    return controls.length > 0 ? controls : undefined;
}
function stopTimeout(ctx, service) {
    if (service.stopGracePeriod === undefined)
        return undefined;
    const seconds = Math.ceil(service.stopGracePeriod);
    if (seconds > MAX_STOP_TIMEOUT) {
        ctx.warn(`stop_grace_period ${seconds}s exceeds Fargate's ${MAX_STOP_TIMEOUT}s: ${MAX_STOP_TIMEOUT}s is used.`, `services.${service.name}.stop_grace_period`);
        return MAX_STOP_TIMEOUT;
    }
    return Math.max(0, seconds);
}
function mainContainer(ctx, service, logConfiguration) {
    const x = new extensions/* ExtensionReader */.h(ctx, service.extensions, `services.${service.name}`);
    const image = ctx.options.pinnedImages?.[service.image] ?? service.image;
    const pullCredentials = x.string('x-aws-pull_credentials');
    const nofile = service.ulimits['nofile'];
    const reservation = memoryReservation(service);
    const definition = {
        Command: service.command ?? undefined,
        DockerLabels: sortedRecord(service.labels),
        EntryPoint: service.entrypoint ?? undefined,
        Environment: environment(service),
        Essential: true,
        HealthCheck: healthCheck(ctx, service),
        Image: image,
        Interactive: service.stdinOpen || undefined,
        LinuxParameters: linuxParameters(service),
        LogConfiguration: logConfiguration,
        MemoryReservation: reservation,
        Name: service.name,
        PortMappings: service.ports.length > 0
            ? service.ports.map((p) => ({ ContainerPort: p.target, HostPort: p.target, Protocol: p.protocol === 'udp' ? 'udp' : 'tcp' }))
            : undefined,
        PseudoTerminal: service.tty || undefined,
        ReadonlyRootFilesystem: service.readOnly || undefined,
        RepositoryCredentials: pullCredentials !== undefined ? { CredentialsParameter: pullCredentials } : undefined,
        StopTimeout: stopTimeout(ctx, service),
        SystemControls: systemControls(ctx, service),
        Ulimits: nofile !== undefined ? [{ HardLimit: nofile.hard, Name: 'nofile', SoftLimit: nofile.soft }] : undefined,
        User: service.user,
        WorkingDirectory: service.workingDir,
    };
    for (const k of Object.keys(definition))
        if (definition[k] === undefined)
            delete definition[k];
    return definition;
}
/** Fargate RuntimePlatform from `platform` (linux/amd64, linux/arm64). */
function runtimePlatform(ctx, service) {
    if (service.platform === undefined || service.platform === '')
        return undefined;
    const [os, arch] = service.platform.toLowerCase().split('/');
    const architectures = { amd64: 'X86_64', x86_64: 'X86_64', arm64: 'ARM64', aarch64: 'ARM64' };
    const cpu = arch !== undefined ? architectures[arch] : undefined;
    if (os !== 'linux' || cpu === undefined) {
        ctx.warn(`platform ${service.platform} is not supported on Fargate (linux/amd64 or linux/arm64): ignored.`, `services.${service.name}.platform`);
        return undefined;
    }
    return { CpuArchitecture: cpu, OperatingSystemFamily: 'LINUX' };
}

;// CONCATENATED MODULE: ./src/convert/scaling.ts
// Scaling and rolling updates of an ECS service.
//   - DeploymentConfiguration: Docker's percents — 200/100 by default; x-aws-min_percent / x-aws-max_percent
//     (deploy.update_config) set them directly; else update_config.parallelism P with replicas R gives
//     min (R-P)*100/R and max (R+P)*100/R (integer division). Plus, doing better than Docker, the deployment
//     circuit breaker with rollback, so a deployment whose tasks never become healthy rolls back by itself.
//   - x-aws-autoscaling (deploy): target tracking on average CPU or memory: `<S>AutoScalingRole`,
//     `<S>ScalableTarget`, `<S>ScalingPolicy`, Docker's resources and names. `min` defaults to the service's
//     replicas (Docker used 0), and the service leaves DesiredCount out so a deployment does not reset the
//     count the policy reached (Docker's did).




function desiredCount(service) {
    return service.deploy?.replicas ?? 1;
}
/** Whether the service declares x-aws-autoscaling (its task count then belongs to Application Auto Scaling). */
function isAutoScaled(service) {
    const value = service.deploy?.extensions['x-aws-autoscaling'];
    return value !== undefined && value !== null;
}
/**
 * The service's DesiredCount property, or undefined to leave it out. Docker always set it, so every stack update
 * reset an auto-scaled service to its replica count; without it, CloudFormation starts a new service at 1 task
 * (the scalable target's minimum then takes over) and leaves an existing service's count to the scaling policy.
 */
function desiredCountProperty(service) {
    return isAutoScaled(service) ? undefined : desiredCount(service);
}
function deploymentConfiguration(ctx, service) {
    const update = service.deploy?.updateConfig;
    const key = `services.${service.name}.deploy.update_config`;
    const x = new extensions/* ExtensionReader */.h(ctx, update?.extensions ?? {}, key);
    const minPercent = x.integer('x-aws-min_percent', 0, 100);
    const maxPercent = x.integer('x-aws-max_percent', 100, 200);
    let minimum = 100;
    let maximum = 200;
    if (minPercent === undefined || maxPercent === undefined) {
        const parallelism = update?.parallelism;
        if (parallelism !== undefined) {
            const replicas = service.deploy?.replicas;
            if (replicas === undefined)
                throw ctx.error('rolling update configuration require deploy.replicas to be set', `${key}.parallelism`);
            if (replicas < parallelism) {
                throw ctx.error(`deploy.replicas (${replicas}) must be greater than deploy.update_config.parallelism (${parallelism})`, `${key}.parallelism`);
            }
            minimum = Math.trunc(((replicas - parallelism) * 100) / replicas);
            maximum = Math.trunc(((replicas + parallelism) * 100) / replicas);
        }
    }
    return {
        DeploymentCircuitBreaker: { Enable: true, Rollback: true },
        MaximumPercent: maxPercent ?? maximum,
        MinimumHealthyPercent: minPercent ?? minimum,
    };
}
/** x-aws-autoscaling → scalable target and target-tracking policy. */
function createAutoScaling(ctx, service) {
    const key = `services.${service.name}.deploy`;
    const x = new extensions/* ExtensionReader */.h(ctx, service.deploy?.extensions ?? {}, key).nested('x-aws-autoscaling');
    if (x === undefined)
        return;
    const at = `${key}.x-aws-autoscaling`;
    const max = x.integer('max', 0, 10000);
    const min = x.integer('min', 0, 10000);
    const cpu = x.integer('cpu', 1, 100);
    const memory = x.integer('memory', 1, 100);
    if (cpu !== undefined && memory !== undefined)
        throw ctx.error("x-aws-autoscaling can't be set with both cpu and memory targets", at);
    if (max === undefined || max === 0)
        throw ctx.error('x-aws-autoscaling MUST define max replicas', at);
    if (cpu === undefined && memory === undefined)
        throw ctx.error('x-aws-autoscaling must define a cpu or memory target (a percentage).', at);
    const minimum = min ?? Math.min(desiredCount(service), max);
    if (minimum > max)
        throw ctx.error(`x-aws-autoscaling min (${minimum}) must not exceed max (${max}).`, at);
    const name = (0,naming/* normalizeResourceName */.LU)(service.name);
    const serviceId = (0,naming/* serviceLogicalId */.mt)(service.name);
    const owner = `service "${service.name}"`;
    const role = `${name}AutoScalingRole`;
    const target = `${name}ScalableTarget`;
    const policy = `${name}ScalingPolicy`;
    ctx.addResource(role, {
        Type: 'AWS::IAM::Role',
        Properties: {
            AssumeRolePolicyDocument: assumeRolePolicy('application-autoscaling.amazonaws.com'),
            Path: '/',
            Policies: [
                {
                    PolicyDocument: {
                        Statement: [
                            {
                                Action: ['application-autoscaling:*', 'cloudwatch:GetMetricStatistics', 'ecs:DescribeServices', 'ecs:UpdateService'],
                                Effect: 'Allow',
                                Resource: [ref(serviceId)],
                            },
                        ],
                        Version: '2012-10-17',
                    },
                    PolicyName: 'service-autoscaling',
                },
            ],
            Tags: ctx.serviceTags(service),
        },
    }, owner);
    ctx.addResource(target, {
        Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
        Properties: {
            MaxCapacity: max,
            MinCapacity: minimum,
            ResourceId: { 'Fn::Join': ['/', ['service', ctx.cluster.name, getAtt(serviceId, 'Name')]] },
            RoleARN: getAtt(role, 'Arn'),
            ScalableDimension: 'ecs:service:DesiredCount',
            ServiceNamespace: 'ecs',
        },
    }, owner);
    ctx.addResource(policy, {
        Type: 'AWS::ApplicationAutoScaling::ScalingPolicy',
        Properties: {
            PolicyName: policy,
            PolicyType: 'TargetTrackingScaling',
            ScalingTargetId: ref(target),
            TargetTrackingScalingPolicyConfiguration: {
                PredefinedMetricSpecification: {
                    PredefinedMetricType: cpu !== undefined ? 'ECSServiceAverageCPUUtilization' : 'ECSServiceAverageMemoryUtilization',
                },
                ScaleInCooldown: 60,
                ScaleOutCooldown: 60,
                TargetValue: cpu ?? memory,
            },
        },
    }, owner);
}

;// CONCATENATED MODULE: ./src/convert/service.ts
// One Compose service → `<S>TaskDefinition`, `<S>Service` and their companions (execution/task roles, discovery
// entry, target groups and listeners, autoscaling), merging what the pluggable concerns contribute (context.ts).
//
// Differences from Docker kept on purpose: the deployment circuit breaker with rollback (scaling.ts), tasks in
// `network.subnets` only (the load balancer takes the public ones), and `x-aws-assign_public_ip` (service, else
// project level; default true, as Docker: without a NAT gateway, tasks need a public IP to pull their images).











/** Every concern's contribution to one service, in registration order. */
function collectContributions(ctx, service) {
    const contributions = [];
    for (const concern of ctx.concerns) {
        const contribution = concern.service?.(ctx, service);
        if (contribution !== undefined)
            contributions.push(contribution);
    }
    return contributions;
}
/** Merges into the main container: lists are appended, other values set. */
function mergeIntoContainer(container, additions) {
    for (const [key, value] of Object.entries(additions)) {
        const current = container[key];
        container[key] = Array.isArray(current) && Array.isArray(value) ? [...current, ...value] : value;
    }
}
/** Deep-merges each contribution's overrides in turn (maps merge, lists and scalars replace, null deletes). */
function applyOverrides(properties, overrides) {
    return overrides.reduce((acc, o) => (o === undefined ? acc : deepMerge(acc, o)), properties);
}
function assignPublicIp(ctx, service) {
    const own = new extensions/* ExtensionReader */.h(ctx, service.extensions, `services.${service.name}`).boolean('x-aws-assign_public_ip');
    const project = new extensions/* ExtensionReader */.h(ctx, ctx.project.extensions, '').boolean('x-aws-assign_public_ip');
    return (own ?? project ?? true) ? 'ENABLED' : 'DISABLED';
}
/** CloudFormation DependsOn of `<S>Service` on the services it depends on (conditions cannot be expressed). */
function serviceDependencies(ctx, service) {
    const dependencies = [];
    for (const [name, dependency] of Object.entries(service.dependsOn)) {
        if (name in ctx.project.services)
            dependencies.push((0,naming/* serviceLogicalId */.mt)(name));
        else if (dependency.required) {
            throw ctx.error(`service "${service.name}" depends on "${name}", which is not an enabled service of the project.`, `services.${service.name}.depends_on.${name}`);
        }
    }
    return dependencies;
}
function convertService(ctx, service, loadBalancer) {
    const contributions = collectContributions(ctx, service);
    checkLogging(ctx, service);
    const logs = logConfiguration(ctx, service);
    // ---- containers ----
    const initContainers = [searchDomainInitContainer(ctx, service)];
    const main = mainContainer(ctx, service, logs);
    const volumes = [];
    const taskRolePolicies = [];
    const taskRoleManagedPolicyArns = [];
    const x = new extensions/* ExtensionReader */.h(ctx, service.extensions, `services.${service.name}`);
    const pullCredentials = x.string('x-aws-pull_credentials');
    const secretResources = pullCredentials !== undefined ? [pullCredentials] : [];
    const serviceDependsOn = serviceDependencies(ctx, service);
    for (const c of contributions) {
        for (const init of c.initContainers ?? [])
            initContainers.push({ ...init, Essential: false, LogConfiguration: init['LogConfiguration'] ?? logs });
        if (c.mainContainer)
            mergeIntoContainer(main, c.mainContainer);
        volumes.push(...(c.volumes ?? []));
        taskRolePolicies.push(...(c.taskRolePolicies ?? []));
        taskRoleManagedPolicyArns.push(...(c.taskRoleManagedPolicyArns ?? []));
        secretResources.push(...(c.executionRoleSecretResources ?? []));
        serviceDependsOn.push(...(c.serviceDependsOn ?? []));
    }
    const waitFor = initContainers.map((init) => ({ Condition: 'SUCCESS', ContainerName: init['Name'] }));
    main['DependsOn'] = [...waitFor, ...(main['DependsOn'] ?? [])];
    // ---- task definition ----
    // A contribution that leaves FARGATE out (EC2 for GPUs) sizes the task itself.
    const compatibilities = contributions.map((c) => c.taskDefinitionProperties?.['RequiresCompatibilities']).filter((v) => v !== undefined).pop();
    const onFargate = !Array.isArray(compatibilities) || compatibilities.includes('FARGATE');
    const executionRole = createExecutionRole(ctx, service, secretResources);
    const taskRole = createTaskRole(ctx, service, x, { policies: taskRolePolicies, managedPolicyArns: taskRoleManagedPolicyArns });
    const platform = runtimePlatform(ctx, service);
    const taskDefinitionId = (0,naming/* taskDefinitionLogicalId */.Zm)(service.name);
    const taskDefinition = {
        ContainerDefinitions: [...initContainers, main],
        ...(onFargate ? fargateSize(ctx, service) : {}),
        // The ARN (Docker used Ref, the role name, which ECS tolerates but the schema does not).
        ExecutionRoleArn: getAtt(executionRole, 'Arn'),
        Family: `${ctx.stackName}-${service.name}`,
        NetworkMode: 'awsvpc',
        RequiresCompatibilities: ['FARGATE'],
        ...(platform !== undefined ? { RuntimePlatform: platform } : {}),
        ...(taskRole !== undefined ? { TaskRoleArn: getAtt(taskRole, 'Arn') } : {}),
        ...(volumes.length > 0 ? { Volumes: volumes } : {}),
    };
    const owner = `service "${service.name}"`;
    ctx.addResource(taskDefinitionId, { Type: 'AWS::ECS::TaskDefinition', Properties: applyOverrides(taskDefinition, contributions.map((c) => c.taskDefinitionProperties)) }, owner);
    // ---- ECS service ----
    const targets = createServiceTargets(ctx, loadBalancer, service);
    const registries = createDiscoveryEntry(ctx, service);
    const properties = {
        Cluster: ctx.cluster.value,
        DeploymentConfiguration: deploymentConfiguration(ctx, service),
        DeploymentController: { Type: 'ECS' },
        ...(desiredCountProperty(service) !== undefined ? { DesiredCount: desiredCountProperty(service) } : {}),
        // Tasks whose container health check has a start period get as long before the load balancer's health
        // checks count (Docker set no grace period, so slow starters were killed by the target group).
        ...(targets.loadBalancers.length > 0 && (service.healthcheck?.startPeriod ?? 0) > 0
            ? { HealthCheckGracePeriodSeconds: Math.ceil(service.healthcheck.startPeriod) }
            : {}),
        LaunchType: 'FARGATE',
        ...(targets.loadBalancers.length > 0 ? { LoadBalancers: targets.loadBalancers } : {}),
        NetworkConfiguration: {
            AwsvpcConfiguration: {
                AssignPublicIp: assignPublicIp(ctx, service),
                SecurityGroups: ctx.securityGroupsOf(service),
                Subnets: ctx.network.subnets.map((s) => s.id),
            },
        },
        // 1.4.0 was Docker's pin (EFS needs it); LATEST is 1.4.0 or newer today, but pinning keeps Docker's stacks unchanged.
        PlatformVersion: '1.4.0',
        PropagateTags: 'SERVICE',
        SchedulingStrategy: 'REPLICA',
        ServiceRegistries: registries,
        Tags: ctx.serviceTags(service),
        TaskDefinition: ref(taskDefinitionId),
    };
    const dependsOn = [...new Set([...targets.listeners, ...serviceDependsOn])].sort();
    ctx.addResource((0,naming/* serviceLogicalId */.mt)(service.name), {
        Type: 'AWS::ECS::Service',
        ...(dependsOn.length > 0 ? { DependsOn: dependsOn } : {}),
        Properties: applyOverrides(properties, contributions.map((c) => c.serviceProperties)),
    }, owner);
    createAutoScaling(ctx, service);
}

;// CONCATENATED MODULE: ./src/convert/vpc.ts
// Where the stack lands: VPC and subnets. Precedence: the action's inputs (ConvertOptions.network, which deploy
// may also fill from AWS lookups) > the Compose file's x-aws-vpc > CloudFormation Parameters. Parameters keep
// `convert` usable offline: the template is complete and says in its Description which facts are still to give.
// Docker's names for them: ParameterVPCId, ParameterSubnet1Id, ParameterSubnet2Id (two subnets in two zones is
// the least a load balancer accepts).


const VPC_PARAMETER = 'ParameterVPCId';
const SUBNET_PARAMETERS = ['ParameterSubnet1Id', 'ParameterSubnet2Id'];
function subnetRefs(subnets) {
    return subnets.map((s) => ({ id: s.id, name: s.id, ...(s.availabilityZone !== undefined ? { availabilityZone: s.availabilityZone } : {}) }));
}
function resolveNetwork(project, options) {
    const parameters = [];
    let vpcId = options.network.vpcId;
    if (vpcId === undefined || vpcId === '') {
        const fromFile = project.extensions['x-aws-vpc'];
        if (fromFile !== undefined && fromFile !== null) {
            if (typeof fromFile !== 'string' || fromFile === '') {
                throw new src_errors/* UserError */.yo(`x-aws-vpc must be a VPC id or ARN, got ${JSON.stringify(fromFile)}.`, { key: 'x-aws-vpc', source: project.positions['x-aws-vpc'] });
            }
            vpcId = (0,extensions/* idFromArn */.P)(fromFile);
            // Docker passed anything through, and CloudFormation failed at deploy time; say it now.
            if (!/^vpc-[0-9a-f]+$/i.test(vpcId)) {
                throw new src_errors/* UserError */.yo(`x-aws-vpc: "${fromFile}" is not a VPC id or ARN (vpc- followed by hex digits, e.g. vpc-0123456789abcdef0).`, {
                    key: 'x-aws-vpc',
                    source: project.positions['x-aws-vpc'],
                });
            }
        }
    }
    if (vpcId === undefined || vpcId === '') {
        parameters.push(VPC_PARAMETER);
        vpcId = { Ref: VPC_PARAMETER };
    }
    let subnets;
    if (options.network.subnets !== undefined && options.network.subnets.length > 0) {
        subnets = subnetRefs(options.network.subnets);
    }
    else {
        parameters.push(...SUBNET_PARAMETERS);
        subnets = SUBNET_PARAMETERS.map((p, i) => ({ id: { Ref: p }, name: `Subnet${i + 1}` }));
    }
    const loadBalancerSubnets = options.network.loadBalancerSubnets !== undefined && options.network.loadBalancerSubnets.length > 0 ? subnetRefs(options.network.loadBalancerSubnets) : subnets;
    return { vpcId, subnets, loadBalancerSubnets, parameters };
}
/** Declares the Parameters the resolved network refers to, and says so in the Description. */
function declareNetworkParameters(ctx) {
    if (ctx.network.parameters.length === 0)
        return;
    const parameters = {};
    for (const name of ctx.network.parameters) {
        parameters[name] =
            name === VPC_PARAMETER
                ? { Type: 'AWS::EC2::VPC::Id', Description: 'VPC to deploy into (network facts were not resolved at conversion time).' }
                : { Type: 'AWS::EC2::Subnet::Id', Description: `Subnet ${name.replace(/\D/g, '')} of the tasks and load balancer, in a different availability zone from the other.` };
    }
    ctx.template.Parameters = parameters;
    ctx.template.Description =
        `Docker Compose project ${ctx.project.name} on Amazon ECS. Network facts unresolved: give ${ctx.network.parameters.join(', ')} ` +
            '(the vpc and subnets inputs, or x-aws-vpc, resolve them at conversion time).';
}

;// CONCATENATED MODULE: ./src/convert/convert.ts
// convertProject: the order in which the concerns run. Pure: the project and options in, a template out.
//
//   1. compatibility   every Docker incompatibility at once (errors), unsupported keys (warnings)
//   2. network facts   VPC/subnets from options > x-aws-vpc > Parameters
//   3. project         cluster, security groups, load balancer (+ port ingress), log group, Cloud Map namespace
//   4. concerns        project hooks of volumes / secrets / GPU (concerns.ts)
//   5. services        task definition, service, roles, discovery, target groups, autoscaling (service.ts)
//   6. overlay         x-aws-cloudformation, last
//   7. limits          resource count and size, on what would be sent













function convertProject(project, options) {
    return convertWithConcerns(project, options, CONCERNS);
}
/** convertProject with an explicit list of concerns (tests of the extension hooks). */
function convertWithConcerns(project, options, concerns) {
    if (options.stackName === '')
        throw new src_errors/* UserError */.yo('A stack name is required to convert the project.');
    const ctx = new ConversionContext(project, options, resolveNetwork(project, options), resolveCluster(project), concerns);
    if (Object.keys(project.services).length === 0)
        throw ctx.error('The project has no enabled service to deploy.', 'services');
    checkCompatibility(ctx);
    declareNetworkParameters(ctx);
    createCluster(ctx);
    createSecurityGroups(ctx);
    const loadBalancer = planLoadBalancer(ctx);
    if (loadBalancer !== undefined)
        createLoadBalancer(ctx, loadBalancer);
    createLogGroup(ctx);
    createCloudMap(ctx);
    for (const concern of concerns)
        concern.project?.(ctx);
    for (const service of Object.values(project.services))
        convertService(ctx, service, loadBalancer);
    const template = applyOverlay(ctx);
    const warnings = [...ctx.warnings, ...checkLimits(template)];
    return { template, warnings, parameters: [...ctx.network.parameters] };
}

;// CONCATENATED MODULE: ./src/convert/index.ts
// Public entry of the converter: a normalized Compose Project → a CloudFormation template. Pure: no I/O,
// no environment, no network. Everything it needs from the outside world arrives in ConvertOptions.





/***/ }),

/***/ 5419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ NETWORK_TAG),
/* harmony export */   LU: () => (/* binding */ normalizeResourceName),
/* harmony export */   MV: () => (/* binding */ taskExecutionRoleLogicalId),
/* harmony export */   Wy: () => (/* binding */ VOLUME_TAG),
/* harmony export */   YI: () => (/* binding */ taskRoleLogicalId),
/* harmony export */   Zc: () => (/* binding */ listenerLogicalId),
/* harmony export */   Zm: () => (/* binding */ taskDefinitionLogicalId),
/* harmony export */   _P: () => (/* binding */ networkIngressLogicalId),
/* harmony export */   dE: () => (/* binding */ initContainerName),
/* harmony export */   dt: () => (/* binding */ SERVICE_TAG),
/* harmony export */   fD: () => (/* binding */ portIngressLogicalId),
/* harmony export */   hc: () => (/* binding */ PROJECT_TAG),
/* harmony export */   lN: () => (/* binding */ discoveryEntryLogicalId),
/* harmony export */   mt: () => (/* binding */ serviceLogicalId),
/* harmony export */   pf: () => (/* binding */ targetGroupLogicalId),
/* harmony export */   r3: () => (/* binding */ networkLogicalId),
/* harmony export */   sV: () => (/* binding */ LOGICAL_ID),
/* harmony export */   zW: () => (/* binding */ volumeLogicalId)
/* harmony export */ });
// Logical IDs, exactly as Docker's ECS integration derived them, so stacks it created update in place instead of
// being replaced. Collisions are detected (Docker let them overwrite each other silently).
/**
 * Docker's `normalizeResourceName`: strip every run of non-alphanumerics, then upper-case the first letter only
 * (`web-app` → `Webapp`, `back_tier` → `Backtier`, `apiServer` → `ApiServer`, `subnet-0ab1` → `Subnet0ab1`).
 */
function normalizeResourceName(name) {
    const stripped = name.replace(/[^a-zA-Z0-9]+/g, '');
    return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}
/** `<S>Service`: the ECS service of a Compose service; other services' DependsOn point at it. */
const serviceLogicalId = (service) => `${normalizeResourceName(service)}Service`;
const taskDefinitionLogicalId = (service) => `${normalizeResourceName(service)}TaskDefinition`;
const taskExecutionRoleLogicalId = (service) => `${normalizeResourceName(service)}TaskExecutionRole`;
const taskRoleLogicalId = (service) => `${normalizeResourceName(service)}TaskRole`;
const discoveryEntryLogicalId = (service) => `${normalizeResourceName(service)}ServiceDiscoveryEntry`;
/** `<N>Network`: the security group of a Compose network. */
const networkLogicalId = (network) => `${normalizeResourceName(network)}Network`;
/** `<N>NetworkIngress`: the self-referencing rule that lets a network's members talk to each other. */
const networkIngressLogicalId = (network) => `${normalizeResourceName(network)}NetworkIngress`;
/** `<N><port>Ingress`: internet ingress for a published port (Docker's name; it ignores the service). */
const portIngressLogicalId = (network, port) => `${normalizeResourceName(network)}${port}Ingress`;
/** `<S><PROTO><port>TargetGroup`, PROTO being the Compose protocol (TCP) even for HTTP listeners. */
const targetGroupLogicalId = (service, protocol, port) => `${normalizeResourceName(service)}${protocol.toUpperCase()}${port}TargetGroup`;
const listenerLogicalId = (service, protocol, port) => `${normalizeResourceName(service)}${protocol.toUpperCase()}${port}Listener`;
/** `<N>Filesystem`: the EFS file system of a Compose volume. */
const volumeLogicalId = (volume) => `${normalizeResourceName(volume)}Filesystem`;
/** Init containers are named `<S>_<Purpose>_InitContainer` (Docker's names; e.g. `Web_ResolvConf_InitContainer`). */
const initContainerName = (service, purpose) => `${normalizeResourceName(service)}_${purpose}_InitContainer`;
const PROJECT_TAG = 'com.docker.compose.project';
const SERVICE_TAG = 'com.docker.compose.service';
const NETWORK_TAG = 'com.docker.compose.network';
const VOLUME_TAG = 'com.docker.compose.volume';
/** CloudFormation logical IDs: alphanumeric, at most 255 characters. */
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;


/***/ }),

/***/ 5399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ minifiedJson),
/* harmony export */   K4: () => (/* binding */ templateSha256),
/* harmony export */   Xm: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* unused harmony export canonicalTemplate */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
// Template serialisation. Deterministic: the top-level sections in CloudFormation's conventional order, every
// mapping below them with its keys sorted (as Docker's YAML was), lists in their meaningful order (the converter
// sorts those whose order means nothing). YAML uses long-form intrinsics (`Ref:`, `Fn::GetAtt:`), valid as is.


const SECTION_ORDER = ['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Mappings', 'Conditions', 'Resources', 'Outputs'];
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (typeof value === 'object' && value !== null) {
        const record = value;
        return Object.fromEntries(Object.keys(record)
            .filter((k) => record[k] !== undefined)
            .sort()
            .map((k) => [k, sortKeys(record[k])]));
    }
    return value;
}
/** The template as plain data in its canonical key order. */
function canonicalTemplate(template) {
    const record = template;
    const known = SECTION_ORDER.filter((k) => record[k] !== undefined);
    const others = Object.keys(record)
        .filter((k) => !SECTION_ORDER.includes(k) && record[k] !== undefined)
        .sort();
    return Object.fromEntries([...known, ...others].map((k) => [k, sortKeys(record[k])]));
}
function renderTemplate(template, format) {
    const canonical = canonicalTemplate(template);
    if (format === 'json')
        return `${JSON.stringify(canonical, null, 2)}\n`;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(canonical, { lineWidth: 0, aliasDuplicateObjects: false, indentSeq: false });
}
/** Canonical minified JSON: every key sorted, no whitespace. What the hash and the size limits are computed on. */
function minifiedJson(template) {
    return JSON.stringify(sortKeys(template));
}
/** SHA-256 (hex) of the canonical minified JSON: equal templates hash equal whatever their format or key order. */
function templateSha256(template) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(minifiedJson(template)).digest('hex');
}


/***/ }),

/***/ 610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ secretsConcern),
/* harmony export */   dy: () => (/* binding */ fileSecretsOf),
/* harmony export */   eb: () => (/* binding */ environmentSecretsOf)
/* harmony export */ });
/* unused harmony exports DEFAULT_SECRETS_IMAGE, SECRETS_IMAGE_EXTENSION, SECRETS_VOLUME, SECRETS_DIRECTORY, uploadedSecretName, SPLIT_JSON_AWK */
/* harmony import */ var _extensions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3177);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5419);
// Compose secrets → AWS Secrets Manager, exposed as files under /run/secrets in the service's containers.
//
// WHERE THE VALUES LIVE
//   external: true, name: <ARN>     an existing Secrets Manager secret (or SSM parameter), referenced by that ARN.
//   file: ./x  /  environment: VAR  a secret the RUNTIME creates or updates through the Secrets Manager API before the
//                                   change set runs, named `compose-ecs/<stack>/<secret key>` (fileSecretsOf /
//                                   environmentSecretsOf below say which, and from where). The template only refers
//                                   to it, by the ARN `arn:${AWS::Partition}:secretsmanager:${AWS::Region}:
//                                   ${AWS::AccountId}:secret:compose-ecs/<stack>/<key>` (partial: Secrets Manager
//                                   appends a random `-XXXXXX`, matched in IAM by `-??????`). The converter never reads
//                                   the file or the variable: no value reaches the template, its hash, or any log.
//   Docker instead made a `<Name>Secret` (AWS::SecretsManager::Secret) resource per secret with the file content as
//   SecretString, in the template itself.
//
// MIGRATING A DOCKER-CREATED STACK: our names (`compose-ecs/<stack>/…`, no template resource) cannot collide with
// its `<Name>Secret` resources. The runtime creates ours first; the update then points the task definitions at
// them, and CloudFormation deletes the old `<Name>Secret` resources in its cleanup phase, after the new tasks run.
// Secrets Manager keeps deleted secrets for 7–30 days of recovery; nothing of ours depends on them.
// A secret key ending in "-" and six letters or digits is refused: Secrets Manager would read that tail of the
// partial ARN as its random suffix and not find the secret.
//
// THE FILES: an init container `<S>_Secrets_InitContainer` (Docker's name) gets each secret as an environment
// variable through ECS `Secrets` (ECS reads them with the execution role) and writes it to /run/secrets/<target>
// (default target: the secret key) on a task volume `secrets`, which the main container mounts read-only.
// Files are mode 0444 as Docker's (or the reference's `mode`), owned by the reference's uid/gid when given (Docker
// dropped mode/uid/gid). `x-aws-keys: [a, b]` on a secret holding a JSON document writes /run/secrets/<target>/a and
// …/b instead: ECS extracts each key itself (`ValueFrom: <arn>:<key>::`), so the init container needs no JSON parser.
// `x-aws-keys: "*"` (every key, as Docker) cannot work that way: the keys are not known before the task runs and ECS
// extracts only named ones. So ECS injects the whole secret (`ValueFrom: <arn>`) as one variable and the script splits
// it with SPLIT_JSON_AWK (below; POSIX awk run under LC_ALL=C, so busybox awk, mawk and gawk behave alike) into
// /run/secrets/<target>/<key>, then applies the mode and owner to every file of that directory. It takes a flat JSON
// object: string values are decoded (all JSON escapes, `\uXXXX` and surrogate pairs written as UTF-8), numbers, true,
// false and null are written as their text; a repeated key keeps its last value (as JSON.parse and Go). A nested
// object or array, `\u0000`, malformed JSON, or a key that is no safe file name (empty, with "/" or a control
// character, starting with ".") makes awk print why on stderr (the init container's log) and exit non-zero: `set -eu`
// then fails the init container, the main container (which waits for its SUCCESS) never starts, and the task stops.
// "*" stands alone: listed next to other keys it is refused. Its directory is the secret's alone: another secret of
// the service written into it (or onto it) is refused.
//
// IMAGE: Docker pulled `docker/ecs-secrets-sidecar:1.0` from Docker Hub (rate limits, VPCs without a route to it,
// #911). Here the job is a `sh` script (printf, mkdir, chmod, chown; awk for x-aws-keys: "*") run by
// `public.ecr.aws/docker/library/busybox` (Docker's official image mirrored on ECR Public, reached through the same
// network path as the rest of AWS). The project extension `x-aws-secrets_image` names another image (a mirror): it
// needs `sh`, `printf`, `mkdir`, `chmod` and `chown`, and a POSIX `awk` when a secret uses x-aws-keys: "*".


const DEFAULT_SECRETS_IMAGE = 'public.ecr.aws/docker/library/busybox:1.37';
const SECRETS_IMAGE_EXTENSION = 'x-aws-secrets_image';
/** The task volume holding the files (Docker's name). */
const SECRETS_VOLUME = 'secrets';
const SECRETS_DIRECTORY = '/run/secrets';
/** The Secrets Manager name of an uploaded secret: deterministic from the stack and the Compose key. */
function uploadedSecretName(stackName, key) {
    return `compose-ecs/${stackName}/${key}`;
}
/** Keys of the secrets that enabled services use, sorted. */
function usedSecretKeys(project) {
    const keys = new Set();
    for (const service of Object.values(project.services))
        for (const reference of service.secrets)
            keys.add(reference.source);
    return [...keys].filter((key) => key in project.secrets).sort();
}
/** File-based secrets the enabled services use: what the deploy mode uploads before the change set (pure). */
function fileSecretsOf(project, stackName) {
    return usedSecretKeys(project).flatMap((key) => {
        const secret = project.secrets[key];
        return !secret.external && secret.file !== undefined ? [{ key, name: uploadedSecretName(stackName, key), file: secret.file }] : [];
    });
}
/** Environment-based secrets the enabled services use: uploaded from the named variable likewise (pure). */
function environmentSecretsOf(project, stackName) {
    return usedSecretKeys(project).flatMap((key) => {
        const secret = project.secrets[key];
        return !secret.external && secret.file === undefined && secret.environment !== undefined
            ? [{ key, name: uploadedSecretName(stackName, key), environment: secret.environment }]
            : [];
    });
}
const SECRETS_MANAGER_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+$/;
const SSM_PARAMETER_ARN = /^arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter\/.+$/;
/** The random suffix Secrets Manager appends to a secret's name in its ARN. */
const RANDOM_SUFFIX = /-[A-Za-z0-9]{6}$/;
/** JSON keys ECS can extract (`<arn>:<key>::`) and that make a file name. */
const JSON_KEY = /^[A-Za-z0-9_.@+=-][A-Za-z0-9_.@+= -]*$/;
function secretSource(ctx, secret) {
    const at = `secrets.${secret.key}`;
    if (secret.external) {
        const arn = secret.name;
        if (SSM_PARAMETER_ARN.test(arn))
            return { arn, substituted: false, resources: [arn] };
        if (!SECRETS_MANAGER_ARN.test(arn)) {
            throw ctx.error(`external secret "${secret.key}" must be named by its Secrets Manager ARN (name: arn:aws:secretsmanager:<region>:<account>:secret:…), got "${arn}".`, at);
        }
        // A partial ARN (without the random suffix) matches the secret only with the wildcard in IAM.
        const partial = !RANDOM_SUFFIX.test(arn.slice(arn.indexOf(':secret:') + ':secret:'.length));
        return { arn, substituted: false, resources: partial ? [arn, `${arn}-??????`] : [arn] };
    }
    if (secret.file === undefined && secret.environment === undefined) {
        throw ctx.error(`secret "${secret.key}" has no file or environment to take its value from; to use an existing Secrets Manager secret, set external: true and name: <its ARN>.`, at);
    }
    if (RANDOM_SUFFIX.test(secret.key)) {
        throw ctx.error(`secret key "${secret.key}" ends with "-" and six letters or digits, which Secrets Manager takes for the random suffix of an ARN: rename the secret (set the reference's target to keep the file name).`, at);
    }
    const arn = `arn:\${AWS::Partition}:secretsmanager:\${AWS::Region}:\${AWS::AccountId}:secret:${uploadedSecretName(ctx.stackName, secret.key)}`;
    return { arn, substituted: true, resources: [{ 'Fn::Sub': `${arn}-??????` }] };
}
function valueFrom(source, jsonKey) {
    const text = jsonKey === undefined ? source.arn : `${source.arn}:${jsonKey}::`;
    return source.substituted ? { 'Fn::Sub': text } : text;
}
/** The file path of a reference, relative to /run/secrets. */
function relativeTarget(ctx, reference, at) {
    const target = reference.target ?? reference.source;
    const relative = target.startsWith('/') ? (target.startsWith(`${SECRETS_DIRECTORY}/`) ? target.slice(SECRETS_DIRECTORY.length + 1) : undefined) : target;
    if (relative === undefined || relative === '') {
        throw ctx.error(`secret target "${target}" must be a file under ${SECRETS_DIRECTORY}/: ECS tasks share secrets through one volume mounted there.`, `${at}.target`);
    }
    const segments = relative.split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..') || !/^[A-Za-z0-9/_.@+=-]+$/.test(relative)) {
        throw ctx.error(`secret target "${target}" must be a plain path under ${SECRETS_DIRECTORY}/ (letters, digits and _ . @ + = -).`, `${at}.target`);
    }
    return relative;
}
function quote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
function ownership(ctx, reference, at) {
    for (const [name, value] of [
        ['uid', reference.uid],
        ['gid', reference.gid],
    ]) {
        if (value !== undefined && !/^\d{1,10}$/.test(value))
            throw ctx.error(`secret ${name} must be a numeric id, got "${value}".`, `${at}.${name}`);
    }
    if (reference.uid !== undefined)
        return reference.gid !== undefined ? `${reference.uid}:${reference.gid}` : reference.uid;
    return reference.gid !== undefined ? `:${reference.gid}` : undefined;
}
/** `x-aws-keys: "*"`: every key of the secret's JSON object becomes a file. */
const ALL_KEYS = '*';
/**
 * The awk program behind `x-aws-keys: "*"`: splits the flat JSON object in the environment variable named by `name`
 * into the files `dir "/" key` (see the header). POSIX awk only (no gawk extensions), run under LC_ALL=C so that
 * `%c` writes one byte; it prints its errors on stdout, which the script sends to stderr. No single quote inside (it is
 * single-quoted in the script), and it never prints a value.
 */
const SPLIT_JSON_AWK = String.raw `
function fail(why) {
  print "x-aws-keys \"*\" for " dir ": " why
  exit 1
}
function space() {
  while (pos <= n && index(" \t\n\r", substr(s, pos, 1)) > 0) pos++
}
function hex4(   i, c, v) {
  v = 0
  for (i = 0; i < 4; i++) {
    c = substr(s, pos + i, 1)
    if (c == "" || !(c in hex)) fail("a \\u escape needs four hexadecimal digits")
    v = v * 16 + hex[c]
  }
  pos += 4
  return v
}
function utf8(c) {
  if (c < 128) return chr[c]
  if (c < 2048) return chr[192 + int(c / 64)] chr[128 + c % 64]
  if (c < 65536) return chr[224 + int(c / 4096)] chr[128 + int(c / 64) % 64] chr[128 + c % 64]
  return chr[240 + int(c / 262144)] chr[128 + int(c / 4096) % 64] chr[128 + int(c / 64) % 64] chr[128 + c % 64]
}
function string(   out, start, c, e, lo) {
  out = ""
  start = ++pos
  while (1) {
    if (pos > n) fail("a string is not closed")
    c = substr(s, pos, 1)
    if (c == "\"") {
      pos++
      return out substr(s, start, pos - 1 - start)
    }
    if (c == "\\") {
      out = out substr(s, start, pos - start)
      e = substr(s, pos + 1, 1)
      pos += 2
      if (e in escaped) out = out escaped[e]
      else if (e == "u") {
        c = hex4()
        if (c >= 55296 && c < 56320) {
          if (substr(s, pos, 2) != "\\u") fail("a \\u escape of a high surrogate is not followed by a low surrogate")
          pos += 2
          lo = hex4()
          if (lo < 56320 || lo >= 57344) fail("a \\u escape of a high surrogate is not followed by a low surrogate")
          c = 65536 + (c - 55296) * 1024 + (lo - 56320)
        } else if (c >= 56320 && c < 57344) fail("a \\u escape of a low surrogate has no high surrogate before it")
        else if (c == 0) fail("\\u0000 cannot be written to a file by awk")
        out = out utf8(c)
      } else fail("a string has an unknown escape")
      start = pos
    } else if (code[c] < 32) fail("a string holds a control character: escape it (\\n, \\t, \\u001f)")
    else pos++
  }
}
function value(   c) {
  c = substr(s, pos, 1)
  if (c == "\"") return string()
  if (c == "{" || c == "[") fail("the value of \"" key "\" is an object or an array: only strings, numbers, true, false and null are written to files")
  if (!match(substr(s, pos), /^(true|false|null|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?)/)) fail("the value of \"" key "\" is not JSON")
  pos += RLENGTH
  return substr(s, pos - RLENGTH, RLENGTH)
}
function check(   i, c) {
  if (key == "") fail("a key is empty: keys name files")
  for (i = 1; i <= length(key); i++) {
    c = code[substr(key, i, 1)]
    if (c < 32 || c == 127) fail("a key holds a control character: keys name files")
  }
  if (substr(key, 1, 1) == ".") fail("key \"" key "\" starts with a dot: keys name files")
  if (index(key, "/") > 0) fail("key \"" key "\" holds a slash: keys name files")
}
BEGIN {
  for (i = 1; i < 256; i++) {
    chr[i] = sprintf("%c", i)
    code[chr[i]] = i
  }
  for (i = 0; i < 16; i++) {
    hex[substr("0123456789abcdef", i + 1, 1)] = i
    hex[substr("0123456789ABCDEF", i + 1, 1)] = i
  }
  escaped["\""] = "\""
  escaped["\\"] = "\\"
  escaped["/"] = "/"
  escaped["b"] = chr[8]
  escaped["f"] = chr[12]
  escaped["n"] = chr[10]
  escaped["r"] = chr[13]
  escaped["t"] = chr[9]
  s = ENVIRON[name]
  n = length(s)
  pos = 1
  space()
  if (substr(s, pos, 1) != "{") fail("the secret is not a JSON object")
  pos++
  space()
  count = 0
  if (substr(s, pos, 1) == "}") pos++
  else while (1) {
    if (substr(s, pos, 1) != "\"") fail("a key in double quotes was expected")
    key = string()
    check()
    space()
    if (substr(s, pos, 1) != ":") fail("a colon was expected after key \"" key "\"")
    pos++
    space()
    v = value()
    if (!(key in values)) keys[++count] = key
    values[key] = v
    space()
    c = substr(s, pos, 1)
    pos++
    if (c == "}") break
    if (c != ",") fail("a comma or a closing brace was expected after the value of \"" key "\"")
    space()
  }
  space()
  if (pos <= n) fail("there is text after the JSON object")
  for (i = 1; i <= count; i++) {
    file = dir "/" keys[i]
    printf "%s", values[keys[i]] > file
    close(file)
  }
}
`.trim();
function jsonKeys(ctx, secret) {
    const at = `secrets.${secret.key}.x-aws-keys`;
    const keys = new _extensions_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionReader */ .h(ctx, secret.extensions, `secrets.${secret.key}`).stringList('x-aws-keys');
    if (keys === undefined)
        return undefined;
    if (keys.includes(ALL_KEYS)) {
        if (keys.some((key) => key !== ALL_KEYS)) {
            throw ctx.error('x-aws-keys: "*" stands alone (it exposes every key): write x-aws-keys: "*", or list the keys without "*".', at);
        }
        return ALL_KEYS;
    }
    for (const key of keys) {
        if (!JSON_KEY.test(key) || key === '.' || key === '..')
            throw ctx.error(`x-aws-keys entry "${key}" must be a JSON key usable as a file name (no "/" or ":").`, at);
    }
    return [...new Set(keys)];
}
function secretsImage(ctx) {
    const image = new _extensions_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionReader */ .h(ctx, ctx.project.extensions, '').string(SECRETS_IMAGE_EXTENSION) ?? DEFAULT_SECRETS_IMAGE;
    return ctx.options.pinnedImages?.[image] ?? image;
}
const secretsConcern = {
    name: 'secrets (Secrets Manager)',
    project(ctx) {
        // Every used secret is checked once, even if its services fail first on something else.
        for (const key of usedSecretKeys(ctx.project))
            secretSource(ctx, ctx.project.secrets[key]);
    },
    service(ctx, service) {
        if (service.secrets.length === 0)
            return undefined;
        const clash = service.volumes.findIndex((v) => v.type === 'volume' && v.source === SECRETS_VOLUME);
        if (clash >= 0) {
            throw ctx.error(`volume "${SECRETS_VOLUME}" has the name of the task volume that holds the service's secrets: rename the volume.`, `services.${service.name}.volumes[${clash}]`);
        }
        const variables = [];
        const script = ['set -eu'];
        const resources = [];
        const files = new Set();
        /** Directories filled by x-aws-keys: "*", whose files are not known here: no other secret may write there. */
        const directories = [];
        const overlaps = (a, b) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
        service.secrets.forEach((reference, index) => {
            const at = `services.${service.name}.secrets[${index}]`;
            const secret = ctx.project.secrets[reference.source];
            if (secret === undefined)
                throw ctx.error(`service ${service.name} uses secret "${reference.source}", which is not declared under the top-level secrets.`, at);
            const source = secretSource(ctx, secret);
            for (const r of source.resources)
                if (!resources.some((known) => JSON.stringify(known) === JSON.stringify(r)))
                    resources.push(r);
            const target = relativeTarget(ctx, reference, at);
            const mode = (reference.mode ?? 0o444).toString(8);
            const owner = ownership(ctx, reference, at);
            const keys = jsonKeys(ctx, secret);
            if (keys === ALL_KEYS) {
                if ([...files, ...directories].some((path) => overlaps(path, target))) {
                    throw ctx.error(`secret "${secret.key}" with x-aws-keys: "*" fills ${SECRETS_DIRECTORY}/${target}/, where another secret of service ${service.name} is written: give one of them another target.`, at);
                }
                directories.push(target);
                const variable = `SECRET_${variables.length}`;
                variables.push({ Name: variable, ValueFrom: valueFrom(source) });
                // Defined once, before the first use; the program itself holds no single quote.
                if (directories.length === 1)
                    script.splice(1, 0, `split_json=${quote(SPLIT_JSON_AWK)}`);
                const directory = quote(`${SECRETS_DIRECTORY}/${target}`);
                // A plain command, not a pipeline: set -e sees awk's status. The glob skips nothing awk wrote (keys never
                // start with "."), and the -e test skips the unmatched pattern of an empty object.
                script.push(`mkdir -p ${directory}`, `LC_ALL=C awk -v dir=${directory} -v name=${variable} "$split_json" >&2`, `for file in ${directory}/*; do if [ -e "$file" ]; then chmod ${mode} "$file"${owner === undefined ? '' : `; chown ${owner} "$file"`}; fi; done`);
                return;
            }
            const writes = keys === undefined ? [{ path: target }] : keys.map((jsonKey) => ({ path: `${target}/${jsonKey}`, jsonKey }));
            if (keys !== undefined)
                script.push(`mkdir -p ${quote(`${SECRETS_DIRECTORY}/${target}`)}`);
            else if (target.includes('/'))
                script.push(`mkdir -p ${quote(`${SECRETS_DIRECTORY}/${target.slice(0, target.lastIndexOf('/'))}`)}`);
            for (const write of writes) {
                if (files.has(write.path) || directories.some((directory) => overlaps(directory, write.path))) {
                    throw ctx.error(`two secrets of service ${service.name} are written to ${SECRETS_DIRECTORY}/${write.path}.`, at);
                }
                files.add(write.path);
                const variable = `SECRET_${variables.length}`;
                variables.push({ Name: variable, ValueFrom: valueFrom(source, write.jsonKey) });
                const path = quote(`${SECRETS_DIRECTORY}/${write.path}`);
                script.push(`printf '%s' "$${variable}" > ${path}`, `chmod ${mode} ${path}`);
                if (owner !== undefined)
                    script.push(`chown ${owner} ${path}`);
            }
        });
        return {
            initContainers: [
                {
                    Name: (0,_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .initContainerName */ .dE)(service.name, 'Secrets'),
                    Image: secretsImage(ctx),
                    Essential: false,
                    EntryPoint: ['sh', '-c'],
                    Command: [script.join('\n')],
                    MountPoints: [{ ContainerPath: SECRETS_DIRECTORY, ReadOnly: false, SourceVolume: SECRETS_VOLUME }],
                    Secrets: variables,
                },
            ],
            mainContainer: { MountPoints: [{ ContainerPath: SECRETS_DIRECTORY, ReadOnly: true, SourceVolume: SECRETS_VOLUME }] },
            volumes: [{ Name: SECRETS_VOLUME }],
            executionRoleSecretResources: resources,
        };
    },
};


/***/ })

};
