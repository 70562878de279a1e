// Templates over CloudFormation's inline limit (51,200 bytes of TemplateBody) go through S3: uploaded to the
// `s3-bucket` input under `s3-prefix`, named by their SHA-256 (an identical template is the same object), and
// passed as TemplateURL. Without s3-bucket the run fails before any stack call, saying so.

import { UserError } from '../errors.js';
import type { AwsClients } from './clients.js';
import { endpointFor, errorCode, errorMessage } from './clients.js';

export const INLINE_TEMPLATE_LIMIT = 51_200;

export interface TemplateLocation {
  TemplateBody?: string;
  TemplateURL?: string;
}

export interface TemplateStore {
  bucket: string;
  prefix: string;
}

export function templateBytes(body: string): number {
  return Buffer.byteLength(body, 'utf8');
}

/** Fails early (before any AWS call) when the template is too big to inline and there is nowhere to upload it. */
export function requireTemplateStore(body: string, store: TemplateStore | undefined): void {
  const size = templateBytes(body);
  if (size > INLINE_TEMPLATE_LIMIT && !store) {
    throw new UserError(
      `The template is ${size.toLocaleString('en-US')} bytes, over CloudFormation's inline limit of 51,200 bytes: set the "s3-bucket" input to a bucket this job can write to (and CloudFormation can read), and the template is uploaded there.`,
    );
  }
}

/** TemplateBody when it fits, else the URL of the uploaded object. */
export async function templateLocation(
  clients: AwsClients,
  env: Record<string, string | undefined>,
  body: string,
  sha256: string,
  stackName: string,
  store: TemplateStore | undefined,
  info: (message: string) => void,
): Promise<TemplateLocation> {
  requireTemplateStore(body, store);
  if (templateBytes(body) <= INLINE_TEMPLATE_LIMIT) return { TemplateBody: body };
  const { bucket, prefix } = store!;
  const key = `${prefix}${stackName}/${sha256}.json`;
  const { sdk, client } = await clients.s3();
  try {
    await client.send(new sdk.PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/json' }));
  } catch (error) {
    const code = errorCode(error);
    const what = code === 'NoSuchBucket' ? `the bucket "${bucket}" does not exist` : `${code || 'error'}: ${errorMessage(error)}`;
    throw new UserError(`Cannot upload the template (${templateBytes(body).toLocaleString('en-US')} bytes) to s3://${bucket}/${key}: ${what}. Check the "s3-bucket" input and that the job may s3:PutObject there.`, {
      cause: error,
    });
  }
  info(`Template (${templateBytes(body).toLocaleString('en-US')} bytes) uploaded to s3://${bucket}/${key}.`);
  return { TemplateURL: objectUrl(env, clients.region, bucket, key) };
}

export function objectUrl(env: Record<string, string | undefined>, region: string, bucket: string, key: string): string {
  const path = key.split('/').map(encodeURIComponent).join('/');
  const endpoint = endpointFor('S3', env);
  if (endpoint) return `${endpoint.replace(/\/+$/, '')}/${bucket}/${path}`;
  return `https://${bucket}.s3.${region}.amazonaws.com/${path}`;
}
