import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny HTTP server for the provider sandboxes (local emulators of the upstream APIs):
 * a route table, JSON in and out, and switches that inject faults so the portal's
 * retry, circuit-breaker and reconciliation paths can be exercised for real.
 */
export type SandboxRequest = {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** The client's address, for per-IP rate limits. */
  ip: string;
};

export type SandboxResponse = {
  status: number;
  json?: unknown;
  body?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
};

export type SandboxRoute = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with `:name` segments, e.g. "/accounts/:authId/balance". */
  path: string;
  handler: (request: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;
};

export type FaultSettings = {
  /** Added to every response, plus up to `jitterMs` at random. */
  latencyMs: number;
  jitterMs: number;
  /** Share of requests answered with `errorStatus` before the handler runs. */
  errorRate: number;
  errorStatus: number;
  /** Share of requests never answered (the client times out); the handler does not run. */
  timeoutRate: number;
  /** Share of requests whose handler runs (the write happens) but whose response is lost. */
  lostResponseRate: number;
};

export const NO_FAULTS: FaultSettings = { latencyMs: 0, jitterMs: 0, errorRate: 0, errorStatus: 503, timeoutRate: 0, lostResponseRate: 0 };

export type RunningSandbox = {
  url: string;
  port: number;
  setFaults(faults: Partial<FaultSettings>): void;
  faults(): FaultSettings;
  close(): Promise<void>;
};

type CompiledRoute = SandboxRoute & { pattern: RegExp; names: string[] };

function compile(route: SandboxRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .replace(/\/+$/, '')
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { ...route, names, pattern: new RegExp(`^${source}/?$`) };
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function send(response: ServerResponse, result: SandboxResponse): void {
  const headers: Record<string, string> = { ...result.headers };
  let payload: string | Buffer = '';
  if (result.json !== undefined) {
    payload = JSON.stringify(result.json);
    headers['content-type'] = 'application/json';
  } else if (result.body !== undefined) {
    payload = result.body;
    headers['content-type'] = result.contentType ?? 'application/octet-stream';
  }
  response.writeHead(result.status, headers);
  response.end(payload);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a sandbox on 127.0.0.1 (`port` 0 picks a free one). `basePath` is the prefix of
 * the real API's base URL (e.g. "/api/v1/partner"). GET/POST `/__sandbox/faults` read and
 * change the fault switches at run time.
 */
export async function startSandboxServer(options: {
  routes: SandboxRoute[];
  basePath?: string;
  port?: number;
  faults?: Partial<FaultSettings>;
  random?: () => number;
}): Promise<RunningSandbox> {
  const routes = options.routes.map(compile);
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const random = options.random ?? Math.random;
  let faults: FaultSettings = { ...NO_FAULTS, ...options.faults };
  const hanging = new Set<ServerResponse>();

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://sandbox');
    try {
      const body = await readBody(request);
      if (url.pathname === '/__sandbox/faults') {
        if (request.method === 'POST') faults = { ...faults, ...(body as Partial<FaultSettings>) };
        return send(response, { status: 200, json: faults });
      }
      if (basePath && !url.pathname.startsWith(basePath)) return send(response, { status: 404, json: { message: 'Not found' } });
      const path = url.pathname.slice(basePath.length) || '/';
      const route = routes.find((r) => r.method === request.method && r.pattern.test(path));
      const match = route?.pattern.exec(path);
      if (!route || !match) return send(response, { status: 404, json: { message: `No route for ${request.method} ${path}` } });

      const delay = faults.latencyMs + random() * faults.jitterMs;
      if (delay > 0) await sleep(delay);
      if (random() < faults.timeoutRate) {
        hanging.add(response);
        return;
      }
      if (random() < faults.errorRate) return send(response, { status: faults.errorStatus, json: { message: 'Injected fault' } });

      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
      const result = await route.handler({ method: request.method!, path, params, query: url.searchParams, headers: request.headers, body, ip: request.socket.remoteAddress ?? 'unknown' });
      if (random() < faults.lostResponseRate) {
        // The work is done, but the client never hears of it.
        request.socket.destroy();
        return;
      }
      send(response, result);
    } catch (error) {
      send(response, { status: 500, json: { message: error instanceof Error ? error.message : 'Sandbox error' } });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}${basePath}`,
    setFaults: (next) => {
      faults = { ...faults, ...next };
    },
    faults: () => faults,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.socket?.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
