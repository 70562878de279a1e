// Secrets Manager (awsJson1_1, secretsmanager.*): secrets with versions, tags, filters and
// scheduled deletion, which is what the action's secret sync and teardown rely on.
import { randomUUID } from 'node:crypto';
import { ACCOUNT, REGION, paginate } from '../state.mjs';
import { AwsError, list } from '../protocols.mjs';

const SUFFIX = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function find(state, id, { allowDeleted = true } = {}) {
  const s = state.secrets.get(id) ?? [...state.secrets.values()].find((x) => x.Name === id || x.ARN.startsWith(`${id}-`) && id.startsWith('arn:'));
  if (!s || s.purged) throw new AwsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.", 400);
  if (!allowDeleted && s.DeletedDate) {
    throw new AwsError('InvalidRequestException', "You can't perform this operation on the secret because it was marked for deletion.", 400);
  }
  return s;
}

function putVersion(s, value, token) {
  const versionId = token ?? randomUUID();
  for (const v of s.versions.values()) v.stages = v.stages.filter((st) => st !== 'AWSCURRENT' && st !== 'AWSPREVIOUS').concat(v.stages.includes('AWSCURRENT') ? ['AWSPREVIOUS'] : []);
  for (const v of s.versions.values()) if (!v.stages.length) s.versions.delete(v.id);
  s.versions.set(versionId, { id: versionId, ...value, stages: ['AWSCURRENT'], createdDate: new Date() });
  s.LastChangedDate = new Date();
  return versionId;
}

function matchesFilters(s, filters) {
  return list(filters).every((f) => {
    const values = list(f.Values);
    const hit = (candidate) => values.some((v) => String(candidate ?? '').startsWith(v));
    switch (f.Key) {
      case 'tag-key': return s.Tags.some((t) => hit(t.Key));
      case 'tag-value': return s.Tags.some((t) => hit(t.Value));
      case 'name': return hit(s.Name);
      case 'description': return hit(s.Description);
      case 'all': return hit(s.Name) || hit(s.Description) || s.Tags.some((t) => hit(t.Key) || hit(t.Value));
      default: throw new AwsError('InvalidParameterException', `stand-in does not support ListSecrets filter ${f.Key}`, 400);
    }
  });
}

function describe(s) {
  return {
    ARN: s.ARN, Name: s.Name, Description: s.Description, KmsKeyId: s.KmsKeyId, Tags: s.Tags,
    CreatedDate: s.CreatedDate, LastChangedDate: s.LastChangedDate, DeletedDate: s.DeletedDate,
    VersionIdsToStages: Object.fromEntries([...s.versions.values()].map((v) => [v.id, v.stages])),
  };
}

export const secretsmanager = {
  CreateSecret(state, p) {
    const existing = [...state.secrets.values()].find((x) => x.Name === p.Name && !x.purged);
    if (existing?.DeletedDate) throw new AwsError('InvalidRequestException', "You can't create this secret because a secret with this name is already scheduled for deletion.", 400);
    if (existing) throw new AwsError('ResourceExistsException', `The operation failed because the secret ${p.Name} already exists.`, 400);
    const suffix = Array.from({ length: 6 }, (_, i) => SUFFIX[(state.counter * 7 + i * 13 + p.Name.length) % SUFFIX.length]).join('');
    state.counter += 1;
    const s = {
      ARN: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${p.Name}-${suffix}`, Name: p.Name, Description: p.Description, KmsKeyId: p.KmsKeyId,
      Tags: list(p.Tags), CreatedDate: new Date(), LastChangedDate: new Date(), versions: new Map(),
    };
    const versionId = p.SecretString !== undefined || p.SecretBinary !== undefined ? putVersion(s, { SecretString: p.SecretString, SecretBinary: p.SecretBinary }, p.ClientRequestToken) : undefined;
    state.secrets.set(s.ARN, s);
    return { ARN: s.ARN, Name: s.Name, VersionId: versionId };
  },

  PutSecretValue(state, p) {
    const s = find(state, p.SecretId, { allowDeleted: false });
    const versionId = putVersion(s, { SecretString: p.SecretString, SecretBinary: p.SecretBinary }, p.ClientRequestToken);
    return { ARN: s.ARN, Name: s.Name, VersionId: versionId, VersionStages: ['AWSCURRENT'] };
  },

  UpdateSecret(state, p) {
    const s = find(state, p.SecretId, { allowDeleted: false });
    if (p.Description !== undefined) s.Description = p.Description;
    if (p.KmsKeyId !== undefined) s.KmsKeyId = p.KmsKeyId;
    const versionId = p.SecretString !== undefined || p.SecretBinary !== undefined ? putVersion(s, { SecretString: p.SecretString, SecretBinary: p.SecretBinary }, p.ClientRequestToken) : undefined;
    s.LastChangedDate = new Date();
    return { ARN: s.ARN, Name: s.Name, VersionId: versionId };
  },

  DescribeSecret(state, p) {
    return describe(find(state, p.SecretId));
  },

  ListSecrets(state, p) {
    const all = [...state.secrets.values()].filter((s) => !s.purged && (!s.DeletedDate || p.IncludePlannedDeletion === true) && matchesFilters(s, p.Filters));
    const { page, nextToken } = paginate(all, p.NextToken, p.MaxResults, state.pageSize, 'smls');
    return { SecretList: page.map((s) => ({ ...describe(s), SecretVersionsToStages: describe(s).VersionIdsToStages, VersionIdsToStages: undefined })), NextToken: nextToken };
  },

  DeleteSecret(state, p) {
    const s = find(state, p.SecretId);
    if (p.ForceDeleteWithoutRecovery && p.RecoveryWindowInDays !== undefined) {
      throw new AwsError('InvalidParameterException', "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.", 400);
    }
    const days = p.RecoveryWindowInDays ?? 30;
    if (!p.ForceDeleteWithoutRecovery && (days < 7 || days > 30)) {
      throw new AwsError('InvalidParameterException', 'The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).', 400);
    }
    s.DeletedDate = new Date();
    const deletionDate = p.ForceDeleteWithoutRecovery ? new Date() : new Date(Date.now() + days * 86400_000);
    if (p.ForceDeleteWithoutRecovery) s.purged = true;
    return { ARN: s.ARN, Name: s.Name, DeletionDate: deletionDate };
  },

  RestoreSecret(state, p) {
    const s = find(state, p.SecretId);
    s.DeletedDate = undefined;
    return { ARN: s.ARN, Name: s.Name };
  },

  TagResource(state, p) {
    const s = find(state, p.SecretId, { allowDeleted: false });
    for (const t of list(p.Tags)) {
      s.Tags = s.Tags.filter((x) => x.Key !== t.Key).concat([t]);
    }
    return {};
  },

  UntagResource(state, p) {
    const s = find(state, p.SecretId, { allowDeleted: false });
    s.Tags = s.Tags.filter((t) => !list(p.TagKeys).includes(t.Key));
    return {};
  },

  GetSecretValue(state, p) {
    const s = find(state, p.SecretId, { allowDeleted: false });
    const v = p.VersionId ? s.versions.get(p.VersionId) : [...s.versions.values()].find((x) => x.stages.includes(p.VersionStage ?? 'AWSCURRENT'));
    if (!v) throw new AwsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT", 400);
    return { ARN: s.ARN, Name: s.Name, VersionId: v.id, SecretString: v.SecretString, SecretBinary: v.SecretBinary, VersionStages: v.stages, CreatedDate: v.createdDate };
  },
};
