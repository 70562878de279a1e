// S3 (REST-XML): just enough object storage for CloudFormation TemplateURL uploads.
// Path style (`/bucket/key`) is what the SDK sends when an endpoint URL is configured with
// forcePathStyle; virtual-host style (`bucket.localhost:port`) is accepted too.
import { createHash } from 'node:crypto';
import { AwsError, escapeXml } from '../protocols.mjs';
import { validation } from '../protocols.mjs';

/** Split a request into bucket/key, from the Host header (virtual host) or the path. */
export function locate(host, path) {
  const hostname = String(host ?? '').split(':')[0];
  const virtual = /^(.+)\.(localhost|127\.0\.0\.1)$/.exec(hostname);
  const parts = path.split('/').slice(1).map(decodeURIComponent);
  if (virtual) return { bucket: virtual[1], key: parts.join('/') };
  return { bucket: parts[0], key: parts.slice(1).join('/') };
}

export function s3(state, req) {
  const { bucket, key } = locate(req.headers.host, req.path);
  if (!bucket) return xml(200, '<ListAllMyBucketsResult><Buckets>' + [...state.buckets.keys()].map((b) => `<Bucket><Name>${escapeXml(b)}</Name></Bucket>`).join('') + '</Buckets></ListAllMyBucketsResult>');
  const objects = state.buckets.get(bucket);
  if (!key) {
    if (req.method === 'PUT') {
      if (!objects) state.buckets.set(bucket, new Map());
      return { status: 200, headers: { location: `/${bucket}` }, body: '' };
    }
    if (!objects) throw new AwsError('NoSuchBucket', 'The specified bucket does not exist', 404);
    if (req.method === 'HEAD') return { status: 200, headers: {}, body: '' };
    if (req.method === 'GET') {
      const prefix = req.query.get('prefix') ?? '';
      const keys = [...objects.keys()].filter((k) => k.startsWith(prefix)).sort();
      return xml(200, `<ListBucketResult><Name>${escapeXml(bucket)}</Name><Prefix>${escapeXml(prefix)}</Prefix><KeyCount>${keys.length}</KeyCount><IsTruncated>false</IsTruncated>` +
        keys.map((k) => `<Contents><Key>${escapeXml(k)}</Key><Size>${objects.get(k).body.length}</Size><ETag>${objects.get(k).etag}</ETag><LastModified>${objects.get(k).lastModified.toISOString()}</LastModified></Contents>`).join('') + '</ListBucketResult>');
    }
    if (req.method === 'DELETE') {
      state.buckets.delete(bucket);
      return { status: 204, headers: {}, body: '' };
    }
  }
  switch (req.method) {
    case 'PUT': {
      // Buckets are created on first write: tests should not need a CreateBucket step.
      const store = objects ?? state.buckets.set(bucket, new Map()).get(bucket);
      const etag = `"${createHash('md5').update(req.body).digest('hex')}"`;
      store.set(key, { body: req.body, contentType: req.headers['content-type'], etag, lastModified: new Date() });
      return { status: 200, headers: { etag }, body: '' };
    }
    case 'GET':
    case 'HEAD': {
      const obj = objects?.get(key);
      if (!obj) throw new AwsError(objects ? 'NoSuchKey' : 'NoSuchBucket', objects ? 'The specified key does not exist.' : 'The specified bucket does not exist', 404);
      const headers = { etag: obj.etag, 'content-type': obj.contentType ?? 'application/octet-stream', 'last-modified': obj.lastModified.toUTCString(), 'content-length': String(obj.body.length) };
      return { status: 200, headers, body: req.method === 'HEAD' ? '' : obj.body };
    }
    case 'DELETE':
      objects?.delete(key);
      return { status: 204, headers: {}, body: '' };
    default:
      throw new AwsError('NotImplemented', `stand-in does not implement S3 ${req.method} on objects`, 501);
  }
}

function xml(status, body) {
  return { status, headers: { 'content-type': 'application/xml' }, body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}` };
}

/**
 * Resolve a CloudFormation TemplateURL against the in-memory S3. Accepts this server's
 * path-style URLs and the real S3 URL forms (virtual-hosted and path-style, with or
 * without region), since the action may build either.
 */
export function readTemplateUrl(state, templateUrl) {
  let url;
  try {
    url = new URL(templateUrl);
  } catch {
    throw validation('TemplateURL must be a supported URL.');
  }
  const path = url.pathname.split('/').slice(1).map(decodeURIComponent);
  let bucket;
  let key;
  const vhost = /^(.+)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$/.exec(url.hostname);
  const local = /^(.+)\.(localhost|127\.0\.0\.1)$/.exec(url.hostname);
  if (vhost || local) {
    bucket = (vhost ?? local)[1];
    key = path.join('/');
  } else {
    bucket = path[0];
    key = path.slice(1).join('/');
  }
  const obj = state.buckets.get(bucket)?.get(key);
  if (!obj) throw validation(`S3 error: The specified key does not exist. (bucket ${bucket}, key ${key})`);
  return obj.body.toString('utf8');
}
