// What preview and deploy share before they touch a stack: the AWS lookups that complete the network facts,
// image pinning, the conversion, the written template (template-path, template-sha256, stack-name, as convert
// writes them), and the RunReport both fill and publish (job summary always, pull-request comment as asked).

import type { Template } from '../convert/index.js';
import { convertProject } from '../convert/index.js';
import { minifiedJson } from '../convert/render.js';
import type { Diagnostic } from '../compose/model.js';
import { reportDiagnostics } from '../diagnostics.js';
import type { ModeContext } from './index.js';
import type { LoadedProject } from './project.js';
import { networkFactsFromInputs } from './project.js';
import { templateInfo, toReportWarning, writeTemplate, type WrittenTemplate } from './template-output.js';
import type { AwsClients } from '../aws/clients.js';
import { lookUpRuntimeFacts } from '../aws/lookups.js';
import { pinImages } from '../aws/registry.js';
import type { TemplateStore } from '../aws/s3.js';
import { cloudFormationConsoleUrl, type RunReport } from '../github/report.js';
import { computeReviewHashes } from '../github/reviewed.js';
import { readGitHubContext } from '../github/context.js';
import { writeSummary } from '../github/summary.js';
import { publishComment, readCommentSettings, type CommentSettings } from '../github/comment.js';
import { errorMessage } from '../errors.js';

export interface StageOptions {
  /** With clients: look the network up in AWS. Without (no credentials): the inputs' facts only, no network call. */
  clients?: AwsClients;
  /** Pin image tags to digests (needs the network, so only with clients). */
  pinImages: boolean;
  /** Roll every ECS service even when nothing else changed: this run's token in ForceNewDeployment. */
  forceNewDeploymentNonce?: string;
}

export interface StagedTemplate {
  template: Template;
  warnings: Diagnostic[];
  written: WrittenTemplate;
  /** Canonical minified JSON: what CloudFormation receives (TemplateBody or the S3 object). */
  body: string;
  pinnedImages: Record<string, string>;
}

export async function stageTemplate(context: ModeContext, loaded: LoadedProject, options: StageOptions): Promise<StagedTemplate> {
  const { host } = context;
  const { project, stackName, workingDir } = loaded;
  let network = networkFactsFromInputs(context);
  let existingFileSystems: Record<string, string> | undefined;
  let pinnedImages: Record<string, string> = {};
  if (options.clients) {
    const facts = await lookUpRuntimeFacts(options.clients, project, {
      vpc: context.inputs.string('vpc'),
      subnets: context.inputs.list('subnets'),
      stackName,
      warn: (m) => host.warning(m),
      info: (m) => host.info(m),
    });
    network = facts.network;
    existingFileSystems = facts.existingFileSystems;
    if (options.pinImages) {
      const images = Object.values(project.services).flatMap((s) => (s.image ? [{ service: s.name, image: s.image }] : []));
      pinnedImages = await pinImages(images, {
        env: host.env,
        clients: options.clients,
        warn: (m) => host.warning(m),
        info: (m) => host.info(m),
        setSecret: (v) => host.setSecret(v),
      });
    }
  }
  const { template, warnings } = convertProject(project, { stackName, network, existingFileSystems, pinnedImages });
  reportDiagnostics(host, warnings, 'warning');
  if (options.forceNewDeploymentNonce) forceNewDeployment(template, options.forceNewDeploymentNonce);
  const written = writeTemplate(context, template, stackName, workingDir);
  host.setOutput('stack-name', stackName);
  return { template, warnings, written, body: minifiedJson(template), pinnedImages };
}

/**
 * ECS rolls a service's tasks when its ForceNewDeploymentNonce changes. Set only when asked, with this run's
 * token, so an unchanged deployment stays unchanged otherwise.
 */
export function forceNewDeployment(template: Template, nonce: string): void {
  for (const resource of Object.values(template.Resources)) {
    if (resource.Type !== 'AWS::ECS::Service') continue;
    resource.Properties = { ...resource.Properties, ForceNewDeployment: { EnableForceNewDeployment: true, ForceNewDeploymentNonce: nonce } };
  }
}

/** This run's token: the workflow run and attempt, else the time. */
export function runToken(env: Record<string, string | undefined>, now = new Date()): string {
  return env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : now.toISOString();
}

export function templateStoreFrom(context: ModeContext): TemplateStore | undefined {
  const bucket = context.inputs.string('s3-bucket');
  if (bucket === '') return undefined;
  let prefix = context.inputs.string('s3-prefix');
  if (prefix !== '' && !prefix.endsWith('/')) prefix += '/';
  return { bucket, prefix };
}

/** The report skeleton every AWS mode fills. */
export function newReport(context: ModeContext, loaded: LoadedProject, mode: 'preview' | 'deploy', region: string | undefined): RunReport {
  const github = readGitHubContext(context.host.env);
  const report: RunReport = {
    mode,
    result: 'failure',
    stackName: loaded.stackName,
    project: loaded.project.name,
    startedAt: new Date().toISOString(),
    hashes: computeReviewHashes(loaded.project),
  };
  if (region) {
    report.region = region;
    report.links = { cloudFormation: cloudFormationConsoleUrl(region, loaded.stackName) };
  }
  if (github.runId) report.run = { id: github.runId, attempt: github.runAttempt, url: github.runUrl, sha: github.headSha ?? github.sha };
  return report;
}

export function attachTemplate(report: RunReport, staged: StagedTemplate): void {
  report.template = templateInfo(staged.written);
  report.warnings = staged.warnings.map(toReportWarning);
}

/** Reads the comment inputs up front, so a bad value fails before any AWS call. */
export function commentSettings(context: ModeContext): CommentSettings {
  return readCommentSettings(context.host);
}

/** Job summary always; the pull-request comment as the `comment` input says. Never throws. */
export async function publishReport(context: ModeContext, report: RunReport, settings: CommentSettings | undefined): Promise<void> {
  report.finishedAt = new Date().toISOString();
  await writeSummary(context.host, report, { redactEnvironment: settings?.redactEnvironment ?? false });
  if (settings) {
    try {
      await publishComment(context.host, report, settings);
    } catch (error) {
      context.host.warning(`Could not publish the pull-request comment: ${errorMessage(error)}`);
    }
  }
}
