import { describe, expect, it } from '@jest/globals';
import { renderReport, COMMENT_CHARACTER_LIMIT, SUMMARY_BYTE_LIMIT } from '../../src/github/render.js';
import type { RunReport } from '../../src/github/report.js';
import { writeSummary } from '../../src/github/summary.js';
import { DB_PASSWORD_VALUE, SECRET_STRING_VALUE, URL_PASSWORD, failedDeployReport, largeReport, previewReport, templateDocument, templateInfo } from './fixtures.js';
import { MemoryHost } from './host.js';

const redaction = { redactAllEnvironment: false };

describe('renderReport snapshots', () => {
  it('renders a change-set preview as a comment', () => {
    const rendered = renderReport(previewReport(), { target: 'comment', redaction });
    expect(rendered.trimmed).toEqual([]);
    expect(rendered.markdown).toMatchSnapshot();
  });

  it('renders a failed deploy as a job summary', () => {
    expect(renderReport(failedDeployReport(), { target: 'summary', redaction }).markdown).toMatchSnapshot();
  });

  it('renders a preview with no changes', () => {
    const report: RunReport = {
      mode: 'preview',
      result: 'no-changes',
      stackName: 'shop',
      project: 'shop',
      region: 'eu-west-1',
      preview: { tier: 'template-diff', reason: 'the credentials may only read the stack' },
      changes: [],
      run: { id: '7' },
    };
    expect(renderReport(report, { target: 'comment', redaction }).markdown).toMatchSnapshot();
  });
});

describe('content', () => {
  it('says which tier ran and why, and emphasises replacements', () => {
    const { markdown } = renderReport(previewReport(), { target: 'comment', redaction });
    expect(markdown).toContain('**Preview:** CloudFormation change set — the stack exists');
    expect(markdown).toContain('**Plan:** 1 to add, 3 to modify, **⚠️ 1 to replace**, 1 to remove (**1 may be replaced**).');
    // Replacements first, then removals.
    expect(markdown.indexOf('WebTaskDefinition')).toBeLessThan(markdown.indexOf('LegacyQueue'));
    expect(markdown).toMatch(/<details><summary>Generated template \(YAML, \d+ lines, sha256 <code>[0-9a-f]{12}<\/code>\)<\/summary>\n\n/);
  });

  it('puts the failure section, service events, stop reasons and last log lines in', () => {
    const { markdown } = renderReport(failedDeployReport(), { target: 'summary', redaction });
    expect(markdown).toContain('❌ Why it failed');
    expect(markdown).toContain('ECS Deployment Circuit Breaker was triggered');
    expect(markdown).toContain('Essential container in task exited');
    expect(markdown).toContain('Error: ECONNREFUSED db:5432');
    expect(markdown).toContain('[CloudFormation console](https://eu-west-1.console.aws.amazon.com/cloudformation/home?region=eu-west-1#/stacks/stackinfo?stackId=shop)');
    expect(markdown).toContain('[ECS cluster](');
    expect(markdown).toContain('[http://shop-lb-123.eu-west-1.elb.amazonaws.com:80](http://shop-lb-123.eu-west-1.elb.amazonaws.com/)');
  });
});

describe('redaction', () => {
  it('never shows a SecretString, a DB_PASSWORD value or a URL password, in details or in the template', () => {
    for (const target of ['comment', 'summary'] as const) {
      for (const report of [previewReport(), failedDeployReport(), { ...previewReport(), template: templateInfo(templateDocument(), 'json') }]) {
        const { markdown } = renderReport(report, { target, redaction });
        expect(markdown).not.toContain(SECRET_STRING_VALUE);
        expect(markdown).not.toContain(DB_PASSWORD_VALUE);
        expect(markdown).not.toContain('old-db-password');
        expect(markdown).not.toContain('previous-secret-value');
        expect(markdown).not.toContain(URL_PASSWORD);
      }
    }
    const { markdown } = renderReport(previewReport(), { target: 'comment', redaction });
    expect(markdown).toContain('Value: "***"');
    expect(markdown).toContain('SecretString: "***"');
    // What is not sensitive stays visible for review.
    expect(markdown).toContain('Value: info');
    expect(markdown).toContain('registry.example/web:1.2.3');
  });

  it('hides every environment value with redact-environment', () => {
    const { markdown } = renderReport(previewReport(), { target: 'comment', redaction: { redactAllEnvironment: true } });
    expect(markdown).not.toContain('Value: info');
    expect(markdown).toContain('Name: LOG_LEVEL');
  });

  it('hides an environment value whose name cannot be known', () => {
    const report = previewReport();
    report.template = undefined;
    report.changes![0].details[1] = { ...report.changes![0].details[1], path: '/Properties/ContainerDefinitions/0/Environment/7/Value', before: 'plain', after: 'also-plain' };
    const { markdown } = renderReport(report, { target: 'comment', redaction });
    expect(markdown).not.toContain('also-plain');
  });

  it('shows a template that cannot be parsed not at all', () => {
    const report = previewReport();
    report.template = { format: 'json', body: `{"SecretString": "${SECRET_STRING_VALUE}"`, sha256: 'f'.repeat(64) };
    const { markdown } = renderReport(report, { target: 'comment', redaction });
    expect(markdown).not.toContain(SECRET_STRING_VALUE);
    expect(markdown).toContain('could not be parsed to hide secrets');
  });
});

describe('injection attempts', () => {
  const attacks = [
    '</details></summary><img src=x onerror=alert(1)>',
    '<!-- hidden',
    '@octocat please look',
    '[click](javascript:alert(1))',
    '**bold** _it_ `code` ~~strike~~ | pipe |',
    '$$\\hidden$$',
    '\u202Eevil\u202C',
    '# heading\n- list',
    '#1 issue',
  ];

  function hostileReport(text: string): RunReport {
    const report = failedDeployReport();
    report.stackName = text;
    report.project = text;
    report.services = [{ name: text, image: text, desired: 1, running: 0 }];
    report.urls = { [text]: [`javascript:alert(1)`, `https://example.com/a)b(c|d`] };
    report.warnings = [{ message: text, key: text, file: text, line: 1 }];
    report.failure!.message = text;
    report.failure!.serviceEvents = [{ service: text, message: text }];
    report.failure!.stoppedTasks[0].containers[0] = { name: text, reason: text, lastLogLines: [text, '```', '</details>', '````````'] };
    report.events = [{ timestamp: text, logicalId: text, type: text, status: text, reason: text }];
    report.outputs = [{ key: text, value: text, description: text }];
    report.changes = [{ logicalId: text, type: text, action: 'Modify', replacement: 'True', details: [{ attribute: text, name: text, before: text, after: `${text}\n\`\`\`\n</details>`, causingEntity: text }] }];
    report.preview = { tier: 'change-set', reason: text };
    return report;
  }

  /** The markdown with fenced code blocks removed (their content is literal), failing when a fence never closes. */
  function outsideFences(markdown: string): string {
    const kept: string[] = [];
    let fence: string | undefined;
    for (const line of markdown.split('\n')) {
      const run = /^`{3,}/.exec(line)?.[0];
      if (fence === undefined) {
        if (run) fence = run;
        else kept.push(line);
      } else if (line === fence) fence = undefined;
    }
    expect(fence).toBeUndefined();
    return kept.join('\n');
  }

  it.each(attacks)('escapes %j everywhere', (attack) => {
    for (const target of ['comment', 'summary'] as const) {
      const markdown = outsideFences(renderReport(hostileReport(attack), { target, redaction }).markdown);
      // Exactly our own details blocks, no foreign tags or comments.
      expect(markdown.match(/<details>/g)?.length).toBe(markdown.match(/<\/details>/g)?.length);
      expect(markdown.match(/<details>/g)?.length).toBe(markdown.match(/<summary>/g)?.length);
      expect(markdown).not.toContain('<!--');
      expect(markdown).not.toMatch(/<img|onerror=alert\(1\)>/);
      expect(markdown).not.toContain('](javascript:');
      expect(markdown).not.toMatch(/@octocat/);
      expect(markdown).not.toContain('\u202E');
      expect(markdown).not.toMatch(/#1 issue/);
      expect(markdown).not.toMatch(/(^|\n)# heading/);
      expect(markdown).not.toMatch(/\$\$/);
      expect(markdown).not.toContain('**bold**');
      // Only our own tags remain.
      expect(new Set(markdown.match(/<\/?[a-z]+/g))).toEqual(new Set(['<details', '</details', '<summary', '</summary', '<code', '</code', '<sub', '</sub', '<br'].filter((tag) => markdown.includes(tag))));
    }
  });

  it('keeps the text readable: mentions are zero-width-joined, markup shown literally', () => {
    const { markdown } = renderReport(hostileReport('@octocat </details>'), { target: 'comment', redaction });
    expect(markdown).toContain('@\u200Doctocat &#60;/details&#62;');
    expect(markdown).toContain('(https://example.com/a%29b%28c%7Cd)');
  });
});

describe('size budget', () => {
  it('drops the template body first when the template alone is too large, naming every change', () => {
    const report = largeReport(3, { templatePadding: 80_000 });
    const rendered = renderReport(report, { target: 'comment', redaction });
    expect(rendered.size).toBeLessThanOrEqual(COMMENT_CHARACTER_LIMIT);
    expect(rendered.trimmed).toEqual(['template']);
    expect(rendered.markdown).toContain('is omitted to fit GitHub\'s size limit; see [the job summary of the workflow run](https://github.example/acme/shop/actions/runs/4242)');
    expect(rendered.markdown).toContain('Change details');
    for (const change of report.changes!) expect(rendered.markdown).toContain(`<code>${change.logicalId}</code>`);
    // The summary has room for it.
    const summary = renderReport(report, { target: 'summary', redaction });
    expect(summary.trimmed).toEqual([]);
    expect(summary.markdown).toContain('x'.repeat(80_000));
  });

  it('names every change of a 70-service stack (≈500 changes) in the comment with its action', () => {
    const report = largeReport(70);
    expect(report.changes!.length).toBe(490);
    const rendered = renderReport(report, { target: 'comment', redaction });
    expect(rendered.size).toBeLessThanOrEqual(COMMENT_CHARACTER_LIMIT);
    expect(rendered.trimmed.slice(0, 2)).toEqual(['template', 'details']);
    expect(rendered.trimmed).not.toContain('rows');
    for (const change of report.changes!) expect(rendered.markdown).toContain(`<code>${change.logicalId}</code>`);
    expect(rendered.markdown).toContain('**Plan:**');
    const summary = renderReport(report, { target: 'summary', redaction });
    expect(summary.trimmed).toEqual([]);
    expect(summary.size).toBeLessThanOrEqual(SUMMARY_BYTE_LIMIT);
  });

  it('falls back to a compact list, then to "…and N more", keeping header and counts', () => {
    const report = largeReport(70);
    const compact = renderReport(report, { target: 'comment', redaction, limit: 30_000 });
    expect(compact.trimmed).toContain('compact-list');
    expect(compact.trimmed).not.toContain('rows');
    expect(compact.markdown).toMatch(/- \*\*🟠 Replace \(\d+\):\*\* <code>/);
    for (const change of report.changes!) expect(compact.markdown).toContain(`<code>${change.logicalId}</code>`);

    const rows = renderReport(report, { target: 'comment', redaction, limit: 8_000 });
    expect(rows.size).toBeLessThanOrEqual(8_000);
    expect(rows.trimmed).toEqual(['template', 'details', 'compact-list', 'rows']);
    expect(rows.markdown).toMatch(/_…and \d+ more changes \(see the workflow run\)\._/);
    expect(rows.markdown).toContain('🚢 compose-ecs preview');
    expect(rows.markdown).toContain('**Plan:**');
    expect(rows.markdown).toMatchSnapshot();
  });

  it('trims events and failure logs before touching the failure headline', () => {
    const report = failedDeployReport();
    report.events = Array.from({ length: 300 }, (_, index) => ({ timestamp: `t${index}`, logicalId: `R${index}`, type: 'AWS::ECS::Service', status: 'UPDATE_IN_PROGRESS', reason: 'r'.repeat(100) }));
    report.failure!.stoppedTasks[0].containers[0].lastLogLines = Array.from({ length: 50 }, (_, index) => `line ${index} ${'z'.repeat(200)}`);
    const rendered = renderReport(report, { target: 'comment', redaction, limit: 9_000 });
    expect(rendered.size).toBeLessThanOrEqual(9_000);
    expect(rendered.trimmed).toEqual(['events', 'failure-logs']);
    expect(rendered.markdown).toContain('Why it failed');
    expect(rendered.markdown).toContain('line 49');
    expect(rendered.markdown).not.toContain('line 44 ');
  });
});

describe('writeSummary', () => {
  it('appends the rendered markdown', async () => {
    const host = new MemoryHost();
    const rendered = await writeSummary(host, failedDeployReport());
    expect(host.summaries).toEqual([rendered!.markdown]);
  });

  it('never throws, even when the summary cannot be written', async () => {
    const host = new MemoryHost();
    host.failSummary = true;
    await expect(writeSummary(host, failedDeployReport())).resolves.toBeUndefined();
    expect(host.warnings[0]).toMatch(/Could not write the job summary: EACCES/);
  });
});
