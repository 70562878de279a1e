// Wire-protocol helpers: parse request bodies and write responses/errors in the
// exact shapes the AWS SDK v3 deserializers expect. Shapes were checked against the
// installed clients' schemas (node_modules/@aws-sdk/client-*/dist-es/schemas):
//   awsQuery   (CloudFormation, ELBv2, STS): <OpResponse><OpResult>…</OpResult><ResponseMetadata/>;
//              lists are <member> elements; errors <ErrorResponse><Error><Type/><Code/><Message/>.
//   ec2Query   (EC2): <OpResponse><requestId/>…fields…</OpResponse> (no Result wrapper, camelCase
//              xmlNames, lists are <item>); errors <Response><Errors><Error><Code/><Message/>.
//   awsJson1_1 (ECS, Logs, Secrets Manager, ECR): JSON bodies, timestamps as epoch seconds,
//              errors {"__type": code, "message"} + x-amzn-ErrorType header.
//   restJson1  (EFS): errors {"ErrorCode", "Message"} + x-amzn-ErrorType.
//   restXml    (S3): errors <Error><Code/><Message/></Error>.
import { randomUUID } from 'node:crypto';

/** A modeled service error; the router renders it in the protocol of the request. */
export class AwsError extends Error {
  /**
   * @param {string} code error code / __type the SDK maps to an exception name
   * @param {string} message
   * @param {number} [status]
   * @param {Record<string, unknown>} [extra] extra members (e.g. ECS failures)
   */
  constructor(code, message, status = 400, extra = undefined) {
    super(message);
    this.code = code;
    this.status = status;
    this.extra = extra;
  }
}

export const validation = (message) => new AwsError('ValidationError', message, 400);

// ---------------------------------------------------------------- request parsing

/**
 * Parse an awsQuery / ec2Query form body into nested objects/arrays.
 * `Parameters.member.1.ParameterKey=a` → { Parameters: [{ ParameterKey: 'a' }] } (awsQuery);
 * `Filter.1.Value.1=x` → { Filter: [{ Value: ['x'] }] } (EC2 flattens lists with numeric suffixes).
 * `Tags.entry.1.key` style maps are not used by any call we serve.
 */
export function parseForm(body) {
  const root = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const parts = rawKey.split('.').filter((p) => p !== 'member');
    let node = root;
    for (let i = 0; i < parts.length; i++) {
      const key = parts[i];
      if (i === parts.length - 1) node[key] = value;
      else node = node[key] && typeof node[key] === 'object' ? node[key] : (node[key] = {});
    }
  }
  return arrayify(root);
}

// Objects whose keys are all 1-based indices become arrays (ordered by index).
function arrayify(node) {
  if (!node || typeof node !== 'object') return node;
  const keys = Object.keys(node);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => arrayify(node[k]));
  }
  for (const k of keys) node[k] = arrayify(node[k]);
  return node;
}

/** A query list parameter: '' (the SDK's encoding of an empty list) and undefined → []. */
export function list(value) {
  if (value === undefined || value === '' || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export const bool = (value) => value === true || value === 'true';

// ---------------------------------------------------------------- XML

export function escapeXml(s) {
  return String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);
}

/** Serialize a plain value to XML children. Arrays render as repeated <itemName>. */
export function toXml(value, itemName) {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => `<${itemName}>${toXml(v, itemName)}</${itemName}>`).join('');
  if (typeof value === 'object') {
    let out = '';
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || v === null) continue;
      out += `<${k}>${toXml(v, itemName)}</${k}>`;
    }
    return out;
  }
  return escapeXml(value);
}

const XMLNS = {
  cloudformation: 'http://cloudformation.amazonaws.com/doc/2010-05-15/',
  elasticloadbalancing: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
  ec2: 'http://ec2.amazonaws.com/doc/2016-11-15/',
  autoscaling: 'http://autoscaling.amazonaws.com/doc/2011-01-01/',
};

export function queryResponse(service, action, result) {
  const requestId = randomUUID();
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${XMLNS[service] ?? ''}">` +
    `<${action}Result>${toXml(result ?? {}, 'member')}</${action}Result>` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`
  );
}

export function queryError(err) {
  const type = err.status >= 500 ? 'Receiver' : 'Sender';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="${XMLNS.cloudformation}"><Error><Type>${type}</Type>` +
    `<Code>${escapeXml(err.code)}</Code><Message>${escapeXml(err.message)}</Message></Error>` +
    `<RequestId>${randomUUID()}</RequestId></ErrorResponse>`
  );
}

export function ec2Response(action, result) {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${XMLNS.ec2}">` +
    `<requestId>${randomUUID()}</requestId>${toXml(result ?? {}, 'item')}</${action}Response>`
  );
}

export function ec2Error(err) {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${escapeXml(err.code)}</Code>` +
    `<Message>${escapeXml(err.message)}</Message></Error></Errors><RequestID>${randomUUID()}</RequestID></Response>`
  );
}

export function s3Error(err) {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${escapeXml(err.code)}</Code>` +
    `<Message>${escapeXml(err.message)}</Message><RequestId>${randomUUID()}</RequestId></Error>`
  );
}

// ---------------------------------------------------------------- JSON

/** JSON body with Dates as epoch seconds (awsJson / restJson timestamp format). */
export function toJson(value) {
  return JSON.stringify(value ?? {}, function replacer(key, v) {
    const raw = this[key];
    return raw instanceof Date ? raw.getTime() / 1000 : v;
  });
}

export function jsonError(err, codeMember = '__type') {
  const body = { [codeMember]: err.code, [codeMember === '__type' ? 'message' : 'Message']: err.message, ...(err.extra ?? {}) };
  return toJson(body);
}

/** Decode an `aws-chunked` body (S3 streaming uploads with trailing checksums). */
export function decodeAwsChunked(buf) {
  const chunks = [];
  let pos = 0;
  while (pos < buf.length) {
    const lineEnd = buf.indexOf('\r\n', pos);
    if (lineEnd < 0) break;
    const size = parseInt(buf.subarray(pos, lineEnd).toString('latin1').split(';')[0], 16);
    if (!Number.isFinite(size) || size === 0) break;
    chunks.push(buf.subarray(lineEnd + 2, lineEnd + 2 + size));
    pos = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(chunks);
}
