// A stand-in for the parts of the GitHub API the action uses, over real HTTP on 127.0.0.1 (octokit sends
// through undici with its own dispatcher, which nock/msw cannot intercept; see toolchain.md §4). It keeps
// issue comments in memory, pages them with Link headers like GitHub, answers the GraphQL viewer query and
// commits/{sha}/pulls, can fail chosen requests with a status, and logs every request.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInUser {
  login: string;
  type: 'User' | 'Bot';
}

export interface StandInComment {
  id: number;
  issueNumber: number;
  body: string;
  user: StandInUser;
}

export interface StandInPull {
  number: number;
  state: 'open' | 'closed';
  merged_at: string | null;
  merge_commit_sha: string | null;
  head: { sha: string };
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body?: unknown;
}

export interface FailureRule {
  method?: string;
  /** Matched against the path (without the query). */
  path: RegExp;
  status: number;
  message?: string;
  /** Fail only this many times (default: always). */
  times?: number;
}

export const WORKFLOW_BOT: StandInUser = { login: 'github-actions[bot]', type: 'Bot' };

export class GitHubStandIn {
  readonly requests: LoggedRequest[] = [];
  readonly comments: StandInComment[] = [];
  /** PRs by commit sha (commits/{sha}/pulls). */
  readonly pullsByCommit = new Map<string, StandInPull[]>();
  /** token → identity; a request with an unknown token gets 401. */
  readonly tokens = new Map<string, StandInUser>([['ghs_test', WORKFLOW_BOT]]);
  /** GraphQL answers `viewer` for the token's identity unless this is set (then it answers with an error). */
  graphqlViewerError: string | undefined;
  /** Default page size when per_page is not given (GitHub's is 30). */
  defaultPageSize = 30;
  private failures: FailureRule[] = [];
  private nextId = 1000;
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => send(response, 500, { message: String(error) }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Forget comments, pulls, failures and the log (between tests). */
  reset(): void {
    this.requests.length = 0;
    this.comments.length = 0;
    this.pullsByCommit.clear();
    this.failures = [];
    this.graphqlViewerError = undefined;
    this.defaultPageSize = 30;
  }

  failWith(rule: FailureRule): void {
    this.failures.push(rule);
  }

  addComment(issueNumber: number, body: string, user: StandInUser): StandInComment {
    const comment = { id: this.nextId++, issueNumber, body, user };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issueNumber: number): StandInComment[] {
    return this.comments.filter((comment) => comment.issueNumber === issueNumber);
  }

  /** The requests that changed something (POST/PATCH to REST). */
  writes(): LoggedRequest[] {
    return this.requests.filter((request) => (request.method === 'POST' || request.method === 'PATCH') && request.path !== '/graphql');
  }

  private htmlUrl(owner: string, repo: string, comment: StandInComment): string {
    return `https://github.example/${owner}/${repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`;
  }

  private toJson(owner: string, repo: string, comment: StandInComment): Record<string, unknown> {
    return {
      id: comment.id,
      body: comment.body,
      user: { login: comment.user.login, type: comment.user.type },
      html_url: this.htmlUrl(owner, repo, comment),
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${comment.issueNumber}`,
    };
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const text = await readBody(request);
    let body: unknown;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const method = request.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
      ...(body !== undefined ? { body } : {}),
    });

    const failure = this.failures.find((rule) => (!rule.method || rule.method === method) && rule.path.test(url.pathname) && rule.times !== 0);
    if (failure) {
      if (failure.times !== undefined) failure.times--;
      return send(response, failure.status, { message: failure.message ?? 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    }

    const token = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const user = token ? this.tokens.get(token) : undefined;
    if (!user) return send(response, 401, { message: 'Bad credentials' });

    if (method === 'POST' && url.pathname === '/graphql') {
      const query = (body as { query?: string } | undefined)?.query ?? '';
      if (!/viewer/.test(query)) return send(response, 200, { errors: [{ message: `stand-in does not answer ${query}` }] });
      if (this.graphqlViewerError) return send(response, 200, { data: null, errors: [{ type: 'FORBIDDEN', message: this.graphqlViewerError }] });
      // GraphQL spells bots without REST's [bot] suffix.
      return send(response, 200, { data: { viewer: { login: user.login.replace(/\[bot\]$/, ''), __typename: user.type } } });
    }

    let match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (match) {
      const [, owner, repo, issue] = match;
      if (method === 'GET') {
        const all = this.commentsOn(Number(issue));
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? this.defaultPageSize));
        const page = Number(url.searchParams.get('page') ?? '1');
        const lastPage = Math.max(1, Math.ceil(all.length / perPage));
        const links: string[] = [];
        const pageUrl = (n: number): string => {
          const next = new URL(url.href);
          next.searchParams.set('page', String(n));
          next.searchParams.set('per_page', String(perPage));
          return next.href;
        };
        if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
        if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
        const slice = all.slice((page - 1) * perPage, page * perPage).map((comment) => this.toJson(owner, repo, comment));
        return send(response, 200, slice, links.length ? { link: links.join(', ') } : {});
      }
      if (method === 'POST') {
        const comment = this.addComment(Number(issue), String((body as { body?: unknown }).body), user);
        return send(response, 201, this.toJson(owner, repo, comment));
      }
    }

    match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (match) {
      const [, owner, repo, id] = match;
      const comment = this.comments.find((candidate) => candidate.id === Number(id));
      if (!comment) return send(response, 404, { message: 'Not Found' });
      if (method === 'GET') return send(response, 200, this.toJson(owner, repo, comment));
      if (method === 'PATCH') {
        comment.body = String((body as { body?: unknown }).body);
        return send(response, 200, this.toJson(owner, repo, comment));
      }
    }

    match = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/pulls$/.exec(url.pathname);
    if (match && method === 'GET') {
      const [, owner, repo, sha] = match;
      const pulls = (this.pullsByCommit.get(sha) ?? []).map((pull) => ({ ...pull, html_url: `https://github.example/${owner}/${repo}/pull/${pull.number}` }));
      return send(response, 200, pulls);
    }

    return send(response, 404, { message: `Not Found (stand-in: ${method} ${url.pathname})` });
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

export async function startGitHubStandIn(): Promise<GitHubStandIn> {
  return new GitHubStandIn().start();
}
