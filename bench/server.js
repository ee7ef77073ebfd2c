// A static server for the benchmark: each folder is served under its own path prefix with every
// file compressed once, at start, with brotli (quality 11) and gzip — as a host serving
// precompressed files would — and the cache headers of a real deployment: files whose names
// carry a content hash are immutable for a year, everything else is revalidated (ETag, 304).
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.toml': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp',
};
const HASHED = /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css)$/;

/** Every file under `dir`, read and compressed: Map of relative path → entry. */
function load(dir) {
  const files = new Map();
  const walk = (sub) => {
    for (const name of readdirSync(join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      const full = join(dir, rel);
      if (statSync(full).isDirectory()) { walk(rel); continue; }
      if (name.startsWith('.') || name.endsWith('.br') || name.endsWith('.gz')) continue;
      const raw = readFileSync(full);
      files.set(rel, {
        raw,
        br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gz: gzipSync(raw, { level: 9 }),
        etag: `"${createHash('sha1').update(raw).digest('hex').slice(0, 16)}"`,
        type: TYPES[extname(name)] || 'application/octet-stream',
        cache: HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
  };
  walk('');
  return files;
}

/**
 * Serves `roots` ({ '/amane/': dir, … }) on a free port of 127.0.0.1.
 * Returns { origin, stop, hits } where hits counts requests per path.
 */
export async function serve(roots) {
  const mounts = Object.entries(roots).map(([prefix, dir]) => [prefix, load(dir)]);
  const hits = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    hits.set(path, (hits.get(path) || 0) + 1);
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    let rel = mount ? path.slice(mount[0].length) : null;
    if (rel === '' || rel?.endsWith('/')) rel += 'index.html';
    const file = mount?.[1].get(rel);
    if (!file) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
    const headers = { 'content-type': file.type, 'cache-control': file.cache, etag: file.etag, vary: 'accept-encoding' };
    if (req.headers['if-none-match'] === file.etag) { res.writeHead(304, headers); res.end(); return; }
    const accept = req.headers['accept-encoding'] || '';
    let body = file.raw;
    if (/\bbr\b/.test(accept)) { body = file.br; headers['content-encoding'] = 'br'; }
    else if (/\bgzip\b/.test(accept)) { body = file.gz; headers['content-encoding'] = 'gzip'; }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, hits, stop: () => new Promise((ok) => server.close(ok)) };
}
