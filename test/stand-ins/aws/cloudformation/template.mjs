// Template parsing and intrinsic-function evaluation, just deep enough for the stand-in
// to compute change sets, dependency order, outputs and the ECS/EFS views of a stack.
import YAML from 'yaml';
import { ACCOUNT, REGION } from '../state.mjs';
import { validation } from '../protocols.mjs';

// CloudFormation YAML short forms (!Ref, !GetAtt a.b, !Sub …) mapped to their long forms.
const SHORT_TAGS = ['Ref', 'Sub', 'Join', 'Select', 'Split', 'If', 'Equals', 'Not', 'And', 'Or', 'FindInMap', 'GetAZs', 'ImportValue', 'Base64', 'Condition', 'Cidr', 'GetAtt'];
const customTags = SHORT_TAGS.flatMap((name) => {
  const key = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
  const wrap = (value) => ({ [key]: name === 'GetAtt' && typeof value === 'string' ? value.split('.') : value });
  return [
    { tag: `!${name}`, resolve: (str) => wrap(str) },
    { tag: `!${name}`, collection: 'seq', resolve: (seq) => wrap(seq.toJSON()) },
    { tag: `!${name}`, collection: 'map', resolve: (map) => wrap(map.toJSON()) },
  ];
});

/** Parse a JSON or YAML template body; throws ValidationError "Template format error" like CloudFormation. */
export function parseTemplate(body) {
  let doc;
  const text = String(body ?? '');
  try {
    doc = text.trim().startsWith('{') ? JSON.parse(text) : YAML.parse(text, { customTags, schema: 'core', uniqueKeys: false });
  } catch (e) {
    throw validation(`Template format error: ${text.trim().startsWith('{') ? 'JSON' : 'YAML'} not well-formed. (${e.message.split('\n')[0]})`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw validation('Template format error: template must be a JSON or YAML object');
  if (!doc.Resources || typeof doc.Resources !== 'object' || Object.keys(doc.Resources).length === 0) {
    throw validation('Template format error: At least one Resources member must be defined.');
  }
  for (const [id, r] of Object.entries(doc.Resources)) {
    if (!r || typeof r.Type !== 'string') throw validation(`Template format error: [/Resources/${id}] Every Resources object must contain a Type member.`);
  }
  return doc;
}

/** Capabilities the template needs (IAM resources → CAPABILITY_IAM, named ones → CAPABILITY_NAMED_IAM). */
export function requiredCapabilities(template) {
  const nameProps = ['RoleName', 'ManagedPolicyName', 'UserName', 'GroupName', 'InstanceProfileName'];
  let iam = false;
  let named = false;
  for (const r of Object.values(template.Resources)) {
    if (!r.Type.startsWith('AWS::IAM::')) continue;
    iam = true;
    if (nameProps.some((p) => r.Properties?.[p] !== undefined)) named = true;
  }
  return named ? 'CAPABILITY_NAMED_IAM' : iam ? 'CAPABILITY_IAM' : undefined;
}

/**
 * Effective parameter values: request values, UsePreviousValue, then template defaults.
 * Throws the same ValidationErrors CloudFormation does for missing/unknown parameters.
 */
export function effectiveParameters(template, requested, previous = {}) {
  const declared = template.Parameters ?? {};
  const out = {};
  const unknown = [];
  for (const p of requested) {
    if (!(p.ParameterKey in declared)) unknown.push(p.ParameterKey);
    else if (p.UsePreviousValue === 'true' || p.UsePreviousValue === true) out[p.ParameterKey] = previous[p.ParameterKey];
    else out[p.ParameterKey] = p.ParameterValue ?? '';
  }
  if (unknown.length) throw validation(`Parameters: [${unknown.join(', ')}] do not exist in the template`);
  const missing = [];
  for (const [key, decl] of Object.entries(declared)) {
    if (out[key] !== undefined) continue;
    if (decl.Default !== undefined) out[key] = String(decl.Default);
    else missing.push(key);
  }
  if (missing.length) throw validation(`Parameters: [${missing.join(', ')}] must have values`);
  return out;
}

const PSEUDO = (stack) => ({
  'AWS::Region': REGION,
  'AWS::AccountId': ACCOUNT,
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': stack.name,
  'AWS::StackId': stack.id,
  'AWS::NotificationARNs': [],
});

export const NO_VALUE = Symbol('AWS::NoValue');

/**
 * Evaluate intrinsics.
 * ctx: { stack, template, parameters, resources?: Map<logicalId, {physicalId, attrs}>, keepResourceRefs?: boolean, exports?: Map }
 * With keepResourceRefs, Ref/GetAtt to resources stay symbolic: that is what change-set
 * diffs compare (physical ids are not known before the update runs).
 */
export function resolve(value, ctx) {
  if (Array.isArray(value)) return value.map((v) => resolve(v, ctx)).filter((v) => v !== NO_VALUE);
  if (!value || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const [k] = keys;
    const arg = value[k];
    switch (k) {
      case 'Ref':
        return ref(arg, ctx);
      case 'Fn::GetAtt': {
        const [id, ...attr] = typeof arg === 'string' ? arg.split('.') : arg;
        return getAtt(id, attr.join('.'), ctx);
      }
      case 'Fn::Sub':
        return sub(arg, ctx);
      case 'Fn::Join': {
        const parts = resolve(arg[1], ctx);
        return ctx.keepResourceRefs && !parts.every((p) => typeof p !== 'object') ? { 'Fn::Join': [arg[0], parts] } : parts.join(arg[0]);
      }
      case 'Fn::Select': {
        const list = resolve(arg[1], ctx);
        return Array.isArray(list) ? list[Number(resolve(arg[0], ctx))] : { 'Fn::Select': [arg[0], list] };
      }
      case 'Fn::Split': {
        const s = resolve(arg[1], ctx);
        return typeof s === 'string' ? s.split(arg[0]) : { 'Fn::Split': [arg[0], s] };
      }
      case 'Fn::If':
        return resolve(evalCondition(arg[0], ctx) ? arg[1] : arg[2], ctx);
      case 'Fn::FindInMap': {
        const [m, a, b] = arg.map((x) => resolve(x, ctx));
        return ctx.template.Mappings?.[m]?.[a]?.[b];
      }
      case 'Fn::GetAZs':
        return [`${REGION}a`, `${REGION}b`, `${REGION}c`];
      case 'Fn::Base64':
        return resolve(arg, ctx);
      case 'Fn::ImportValue': {
        const name = resolve(arg, ctx);
        return ctx.exports?.get(name) ?? `imported-${name}`;
      }
      case 'Fn::Cidr':
        return Array.from({ length: Number(resolve(arg[1], ctx)) }, (_, i) => `10.0.${i}.0/24`);
      case 'Fn::Equals':
      case 'Fn::Not':
      case 'Fn::And':
      case 'Fn::Or':
        return evalCondition(value, ctx);
    }
  }
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    const r = resolve(v, ctx);
    if (r !== NO_VALUE) out[k] = r;
  }
  return out;
}

function ref(name, ctx) {
  if (name === 'AWS::NoValue') return NO_VALUE;
  const pseudo = PSEUDO(ctx.stack);
  if (name in pseudo) return pseudo[name];
  if (ctx.parameters && name in ctx.parameters) {
    const decl = ctx.template.Parameters?.[name];
    const v = ctx.parameters[name];
    return decl?.Type?.startsWith('List<') || decl?.Type === 'CommaDelimitedList' ? String(v).split(',') : v;
  }
  if (ctx.keepResourceRefs) return { Ref: name };
  return ctx.resources?.get(name)?.physicalId ?? `${ctx.stack.name}-${name}`;
}

function getAtt(id, attr, ctx) {
  if (ctx.keepResourceRefs) return { 'Fn::GetAtt': [id, attr] };
  const res = ctx.resources?.get(id);
  if (res?.attrs && attr in res.attrs) return res.attrs[attr];
  return `${res?.physicalId ?? id}.${attr}`;
}

function sub(arg, ctx) {
  const [tpl, vars = {}] = Array.isArray(arg) ? arg : [arg, {}];
  const localVars = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, resolve(v, ctx)]));
  let symbolic = false;
  const out = String(tpl).replace(/\$\{([^}!][^}]*)\}/g, (_, expr) => {
    if (expr in localVars) return localVars[expr];
    const v = expr.includes('.') && !expr.startsWith('AWS::') ? getAtt(expr.split('.')[0], expr.split('.').slice(1).join('.'), ctx) : ref(expr, ctx);
    if (typeof v === 'object') {
      symbolic = true;
      return `\${${expr}}`;
    }
    return Array.isArray(v) ? v.join(',') : v;
  });
  return symbolic ? { 'Fn::Sub': out } : out.replace(/\$\{!/g, '${');
}

export function evalCondition(cond, ctx) {
  if (typeof cond === 'string') {
    const def = ctx.template.Conditions?.[cond];
    return def === undefined ? true : evalCondition(def, ctx);
  }
  if (typeof cond === 'boolean') return cond;
  const [k] = Object.keys(cond ?? {});
  const arg = cond[k];
  switch (k) {
    case 'Condition':
      return evalCondition(arg, ctx);
    case 'Fn::Equals':
      return JSON.stringify(resolve(arg[0], ctx)) === JSON.stringify(resolve(arg[1], ctx));
    case 'Fn::Not':
      return !evalCondition(arg[0], ctx);
    case 'Fn::And':
      return arg.every((c) => evalCondition(c, ctx));
    case 'Fn::Or':
      return arg.some((c) => evalCondition(c, ctx));
    default:
      return Boolean(resolve(cond, ctx));
  }
}

/** Resources that exist under the current parameter values (Condition honoured). */
export function activeResources(template, ctx) {
  const out = {};
  for (const [id, r] of Object.entries(template.Resources)) {
    if (r.Condition && !evalCondition(r.Condition, { ...ctx, template })) continue;
    out[id] = r;
  }
  return out;
}

/** Logical ids a resource depends on: DependsOn, Ref, GetAtt and ${X} inside Fn::Sub. */
export function dependencies(resource, ids) {
  const deps = new Set([].concat(resource.DependsOn ?? []));
  const walk = (v) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    for (const [k, a] of Object.entries(v)) {
      if (k === 'Ref' && typeof a === 'string') deps.add(a);
      else if (k === 'Fn::GetAtt') deps.add(typeof a === 'string' ? a.split('.')[0] : a[0]);
      else if (k === 'Fn::Sub') {
        const s = Array.isArray(a) ? a[0] : a;
        for (const m of String(s).matchAll(/\$\{([^}!.]+)[^}]*\}/g)) deps.add(m[1]);
        if (Array.isArray(a)) walk(a[1]);
      } else walk(a);
    }
  };
  walk(resource.Properties);
  return [...deps].filter((d) => ids.has(d));
}

/**
 * Group logical ids into waves: each wave only depends on earlier waves, which is how
 * CloudFormation parallelises provisioning. Cycles fall back to template order.
 */
export function waves(resources) {
  const ids = new Set(Object.keys(resources));
  const deps = new Map([...ids].map((id) => [id, dependencies(resources[id], ids)]));
  const done = new Set();
  const out = [];
  while (done.size < ids.size) {
    const wave = [...ids].filter((id) => !done.has(id) && deps.get(id).every((d) => done.has(d)));
    const next = wave.length ? wave : [[...ids].find((id) => !done.has(id))];
    next.forEach((id) => done.add(id));
    out.push(next);
  }
  return out;
}

export function deepEqual(a, b) {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(v) {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])]));
  return v;
}
