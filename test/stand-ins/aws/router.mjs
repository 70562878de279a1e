// One endpoint for every service: identify the protocol from the request itself (form body
// with Action/Version, x-amz-target header, EFS's /2015-02-01 paths, otherwise S3), apply
// injected faults, dispatch to the service handler and render the answer or the error in
// that protocol's shape.
import {
  AwsError, decodeAwsChunked, ec2Error, ec2Response, jsonError, parseForm, queryError, queryResponse, s3Error, toJson,
} from './protocols.mjs';
import { cloudformation } from './cloudformation/handlers.mjs';
import { ec2 } from './services/ec2.mjs';
import { elasticloadbalancing } from './services/elbv2.mjs';
import { sts } from './services/sts.mjs';
import { ecs } from './services/ecs.mjs';
import { logs } from './services/logs.mjs';
import { secretsmanager } from './services/secrets.mjs';
import { ecr } from './services/ecr.mjs';
import { efs, efsOperation } from './services/efs.mjs';
import { s3 } from './services/s3.mjs';

const QUERY_VERSIONS = {
  '2010-05-15': 'cloudformation',
  '2015-12-01': 'elasticloadbalancing',
  '2016-11-15': 'ec2',
  '2011-06-15': 'sts',
  '2011-01-01': 'autoscaling',
};

const JSON_TARGETS = {
  AmazonEC2ContainerServiceV20141113: 'ecs',
  Logs_20140328: 'logs',
  secretsmanager: 'secretsmanager',
  AmazonEC2ContainerRegistry_V20150921: 'ecr',
};

const HANDLERS = { cloudformation, elasticloadbalancing, sts, autoscaling: {}, ec2, ecs, logs, secretsmanager, ecr };

/** Service name from the SigV4 credential scope (…/us-east-1/cloudformation/aws4_request). */
function signingService(headers) {
  return /Credential=[^/]+\/\d+\/[^/]+\/([^/]+)\/aws4_request/.exec(headers.authorization ?? '')?.[1];
}

/** Classify a request; `params` is parsed lazily per protocol. */
export function identify(req, url, body) {
  const target = req.headers['x-amz-target'];
  if (target) {
    const [prefix, action] = String(target).split('.');
    return { protocol: 'json', service: JSON_TARGETS[prefix] ?? signingService(req.headers) ?? prefix, action, params: body.length ? JSON.parse(body.toString('utf8')) : {} };
  }
  const contentType = String(req.headers['content-type'] ?? '');
  if (req.method === 'POST' && contentType.startsWith('application/x-www-form-urlencoded')) {
    const params = parseForm(body.toString('utf8'));
    if (params.Action) {
      const service = QUERY_VERSIONS[params.Version] ?? signingService(req.headers) ?? 'unknown';
      return { protocol: service === 'ec2' ? 'ec2' : 'query', service, action: params.Action, params };
    }
  }
  if (url.pathname.startsWith('/2015-02-01/')) return { protocol: 'restJson', service: 'elasticfilesystem', action: efsOperation(req.method, url.pathname) };
  return { protocol: 'restXml', service: 's3', action: s3Action(req.method, url.pathname, req.headers.host) };
}

function s3Action(method, path, host) {
  const virtual = /^[^:]+\.(localhost|127\.0\.0\.1)(:\d+)?$/.test(String(host ?? ''));
  const hasKey = virtual ? path.length > 1 : path.split('/').filter(Boolean).length > 1;
  return ({ PUT: hasKey ? 'PutObject' : 'CreateBucket', GET: hasKey ? 'GetObject' : 'ListObjects', HEAD: hasKey ? 'HeadObject' : 'HeadBucket', DELETE: hasKey ? 'DeleteObject' : 'DeleteBucket' })[method] ?? method;
}

/** Injected fault for this call, if any (consumes one use). */
function takeInjection(state, route) {
  const inj = state.injections.find((i) => i.remaining > 0 && (!i.service || i.service === route.service) && (!i.action || i.action === route.action));
  if (!inj) return undefined;
  inj.remaining -= 1;
  if (inj.kind === 'throttle') {
    const codes = { query: ['Throttling', 400], ec2: ['RequestLimitExceeded', 503], json: ['ThrottlingException', 400], restJson: ['ThrottlingException', 429], restXml: ['SlowDown', 503] };
    const [code, status] = codes[route.protocol];
    return new AwsError(inj.code ?? code, route.protocol === 'ec2' ? 'Request limit exceeded.' : 'Rate exceeded', status);
  }
  const status = inj.status ?? 500;
  return new AwsError(inj.code ?? (status === 503 ? 'ServiceUnavailable' : 'InternalFailure'), `stand-in injected HTTP ${status}`, status);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function render(route, result) {
  switch (route.protocol) {
    case 'query':
      return { status: 200, headers: { 'content-type': 'text/xml' }, body: queryResponse(route.service, route.action, result) };
    case 'ec2':
      return { status: 200, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body: ec2Response(route.action, result) };
    case 'json':
      return { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: toJson(result) };
    default:
      return result;
  }
}

function renderError(route, err) {
  const headers = { 'x-amzn-errortype': err.code };
  switch (route.protocol) {
    case 'query':
      return { status: err.status, headers: { 'content-type': 'text/xml' }, body: queryError(err) };
    case 'ec2':
      return { status: err.status, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body: ec2Error(err) };
    case 'json':
      return { status: err.status, headers: { ...headers, 'content-type': 'application/x-amz-json-1.1' }, body: jsonError(err) };
    case 'restJson':
      return { status: err.status, headers: { ...headers, 'content-type': 'application/json' }, body: jsonError(err, 'ErrorCode') };
    default:
      return { status: err.status, headers: { 'content-type': 'application/xml' }, body: s3Error(err) };
  }
}

function dispatch(state, route, req, url, body) {
  if (route.protocol === 'restJson') {
    const [, result] = efs(state, { method: req.method, path: url.pathname, query: url.searchParams });
    return result === undefined ? { status: 204, headers: {}, body: '' } : { status: 200, headers: { 'content-type': 'application/json' }, body: toJson(result) };
  }
  if (route.protocol === 'restXml') {
    const payload = String(req.headers['content-encoding'] ?? '').includes('aws-chunked') ? decodeAwsChunked(body) : body;
    return s3(state, { method: req.method, path: url.pathname, query: url.searchParams, headers: req.headers, body: payload });
  }
  const handler = HANDLERS[route.service]?.[route.action];
  if (!handler) {
    state.unimplemented.push(`${route.service}:${route.action}`);
    const code = route.protocol === 'json' ? 'UnknownOperationException' : 'InvalidAction';
    throw new AwsError(code, `stand-in does not implement ${route.service}:${route.action}`, 400);
  }
  return render(route, handler(state, route.params));
}

/** node:http request listener for the AWS endpoints (control routes are handled by the caller). */
export async function handleAws(state, req, res, url) {
  const body = await readBody(req);
  let route;
  let out;
  try {
    route = identify(req, url, body);
  } catch (e) {
    route = { protocol: 'json', service: 'unknown', action: 'unparseable' };
    out = renderError(route, new AwsError('SerializationException', `stand-in could not parse the request: ${e.message}`, 400));
  }
  const entry = { service: route.service, action: route.action, time: Date.now() };
  state.requests.push(entry);
  if (!out) {
    try {
      const injected = takeInjection(state, route);
      if (injected) throw injected;
      out = dispatch(state, route, req, url, body);
    } catch (e) {
      const err = e instanceof AwsError ? e : new AwsError('InternalFailure', `stand-in crashed: ${e?.stack ?? e}`, 500);
      out = renderError(route, err);
      entry.error = err.code;
    }
  }
  entry.status = out.status;
  const payload = typeof out.body === 'string' ? Buffer.from(out.body) : out.body;
  res.writeHead(out.status, { 'x-amzn-requestid': `stand-in-${state.requests.length}`, 'content-length': String(payload.length), ...out.headers });
  res.end(req.method === 'HEAD' ? undefined : payload);
}
