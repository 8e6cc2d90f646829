// A dependency-free static file server for a built site, bound to 127.0.0.1 only. Plain
// JavaScript so it runs on any laptop with Node 18 or later, straight from the offline bundle:
//   node serve.mjs [DIR] [PORT]
// The tests, the benchmark and the screenshots use it too.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

/**
 * Serves `dir` on 127.0.0.1:`port` (0 picks a free port).
 * @param {string} dir
 * @param {number} [port]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function serveDir(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      ok({
        server,
        url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : port}/`,
      });
    }),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = process.argv[2] ?? (existsSync(join(here, 'site')) ? join(here, 'site') : 'dist');
  const { url } = await serveDir(dir, Number(process.argv[3] ?? 4321));
  console.log(`Serving ${dir} at ${url} (Ctrl+C to stop)`);
}
