// Change-set computation: the difference between the deployed template (+ parameters)
// and the submitted one, rendered as CloudFormation ResourceChange entries.
import { activeResources, deepEqual, dependencies, resolve } from './template.mjs';
import { requiresReplacement } from './resources.mjs';

/**
 * @param {object|null} deployed { template, parameters, resources: Map } of the live stack, or null for CREATE
 * @param {object} next { template, parameters }
 * @param {object} stackRef { name, id } (for pseudo parameters)
 * @param {boolean} tagsChanged stack tags differ (every resource gets a Tags-scoped Modify)
 * @returns {object[]} Change list ({ Type: 'Resource', ResourceChange })
 */
export function computeChanges(deployed, next, stackRef, tagsChanged = false) {
  const newCtx = { stack: stackRef, template: next.template, parameters: next.parameters, keepResourceRefs: true };
  const newRes = activeResources(next.template, newCtx);
  if (!deployed) {
    return Object.entries(newRes).map(([id, r]) => change({ Action: 'Add', LogicalResourceId: id, ResourceType: r.Type, Scope: [], Details: [] }));
  }
  const oldCtx = { stack: stackRef, template: deployed.template, parameters: deployed.parameters, keepResourceRefs: true };
  const oldRes = activeResources(deployed.template, oldCtx);
  const physical = (id) => deployed.resources?.get(id)?.physicalId;
  const changes = new Map();

  for (const [id, r] of Object.entries(newRes)) {
    const old = oldRes[id];
    if (!old) {
      changes.set(id, { Action: 'Add', LogicalResourceId: id, ResourceType: r.Type, Scope: [], Details: [] });
      continue;
    }
    const details = [];
    if (old.Type !== r.Type) {
      details.push(detail('Properties', undefined, 'Always', 'Static', 'DirectModification'));
    } else {
      const oldProps = resolve(old.Properties ?? {}, oldCtx);
      const newProps = resolve(r.Properties ?? {}, newCtx);
      for (const key of new Set([...Object.keys(oldProps), ...Object.keys(newProps)])) {
        if (deepEqual(oldProps[key], newProps[key])) continue;
        const recreation = requiresReplacement(r.Type, key) ? 'Always' : 'Never';
        // Same raw template text but a different resolved value → the change came from a parameter.
        const param = deepEqual(old.Properties?.[key], r.Properties?.[key]) ? changedParam(r.Properties?.[key], deployed.parameters, next.parameters) : undefined;
        details.push(
          param
            ? detail(key === 'Tags' ? 'Tags' : 'Properties', key, recreation, 'Dynamic', 'ParameterReference', param)
            : detail(key === 'Tags' ? 'Tags' : 'Properties', key, recreation, 'Static', 'DirectModification'),
        );
      }
      if (!deepEqual(old.Metadata, r.Metadata)) details.push({ Target: { Attribute: 'Metadata', RequiresRecreation: 'Never' }, Evaluation: 'Static', ChangeSource: 'DirectModification' });
    }
    if (tagsChanged && !details.some((d) => d.Target.Attribute === 'Tags')) {
      details.push({ Target: { Attribute: 'Tags', RequiresRecreation: 'Never' }, Evaluation: 'Static', ChangeSource: 'DirectModification' });
    }
    if (details.length) changes.set(id, modify(id, r.Type, physical(id), details));
  }
  for (const [id, r] of Object.entries(oldRes)) {
    if (!newRes[id]) changes.set(id, { Action: 'Remove', LogicalResourceId: id, PhysicalResourceId: physical(id), ResourceType: r.Type, Scope: [], Details: [] });
  }

  // A replaced resource gets a new physical id, so anything referencing it may change too
  // (Evaluation Dynamic, Replacement Conditional for replacement-triggering properties).
  const ids = new Set(Object.keys(newRes));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, r] of Object.entries(newRes)) {
      for (const dep of dependencies({ Properties: r.Properties }, ids)) {
        const c = changes.get(dep);
        if (!c || c.Action !== 'Modify' || c.Replacement === 'False') continue;
        const keys = Object.entries(r.Properties ?? {}).filter(([, v]) => references(v, dep)).map(([k]) => k);
        let mine = changes.get(id);
        if (mine && mine.Action !== 'Modify') continue;
        for (const key of keys) {
          if (mine?.Details.some((d) => d.CausingEntity?.startsWith(dep) && d.Target.Name === key)) continue;
          const d = detail(key === 'Tags' ? 'Tags' : 'Properties', key, requiresReplacement(r.Type, key) ? 'Conditionally' : 'Never', 'Dynamic', 'ResourceReference', dep);
          if (!mine) changes.set(id, (mine = modify(id, r.Type, physical(id), [])));
          mine.Details.push(d);
          grew = true;
        }
        if (mine) refreshModify(mine);
      }
    }
  }
  return [...changes.values()].map(change);
}

function modify(id, type, physicalId, details) {
  const c = { Action: 'Modify', LogicalResourceId: id, PhysicalResourceId: physicalId, ResourceType: type, Details: details };
  return refreshModify(c);
}

function refreshModify(c) {
  const rr = c.Details.map((d) => d.Target.RequiresRecreation);
  c.Replacement = rr.includes('Always') ? 'True' : rr.includes('Conditionally') ? 'Conditional' : 'False';
  c.Scope = [...new Set(c.Details.map((d) => d.Target.Attribute))];
  return c;
}

function detail(attribute, name, recreation, evaluation, source, causing) {
  return {
    Target: { Attribute: attribute, ...(name && attribute === 'Properties' ? { Name: name } : {}), RequiresRecreation: recreation },
    Evaluation: evaluation,
    ChangeSource: source,
    ...(causing ? { CausingEntity: causing } : {}),
  };
}

function change(resourceChange) {
  return { Type: 'Resource', ResourceChange: resourceChange };
}

function changedParam(value, oldParams, newParams) {
  const refs = [];
  const walk = (v) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    for (const [k, a] of Object.entries(v)) {
      if (k === 'Ref' && typeof a === 'string') refs.push(a);
      else if (k === 'Fn::Sub') for (const m of String(Array.isArray(a) ? a[0] : a).matchAll(/\$\{([^}!.]+)\}/g)) refs.push(m[1]);
      else walk(a);
    }
  };
  walk(value);
  return refs.find((p) => p in (newParams ?? {}) && oldParams?.[p] !== newParams[p]);
}

function references(value, id) {
  return dependencies({ Properties: { v: value } }, new Set([id])).includes(id);
}
