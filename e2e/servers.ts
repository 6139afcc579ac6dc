/**
 * Small static servers the tests start themselves, each on a free loopback port: another origin for a host
 * page, the app behind a strict CSP header, or the app on a server that a test can take away (offline).
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { CONTENT_TYPES } from '../scripts/contentTypes';

export interface Served {
  origin: string;
  /** The path of every request this server has received, in order. */
  requests: string[];
  /** Stops listening and drops open connections, so the next request fails like a dead network. */
  close(): Promise<void>;
}

interface Options {
  /** A folder to serve (index.html for "/"); files outside it are never served. */
  dir?: string;
  /** Files by path (typed by their extension, HTML without one), served before the folder. */
  pages?: Record<string, string>;
  headers?: Record<string, string>;
}

export async function serve({ dir, pages = {}, headers = {} }: Options): Promise<Served> {
  const root = dir ? resolve(dir) : null;
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const send = (status: number, body: string | Buffer, type = CONTENT_TYPES['.html']) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', ...headers });
      response.end(body);
    };
    const page = pages[path];
    if (page !== undefined) return send(200, page, CONTENT_TYPES[extname(path)]);
    const file = root && normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file || !file.startsWith(root)) return send(404, 'not found');
    readFile(file).then(
      (body) => send(200, body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'),
      () => send(404, 'not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
