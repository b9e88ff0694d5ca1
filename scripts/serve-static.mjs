// A minimal static file server for the export in out/, used by the E2E suite (E2E_STATIC=1)
// to prove the export works on a plain static host: no rewrites, just files and 404.html.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const [root = 'out', port = '3100'] = process.argv.slice(2);
const base = path.resolve(root);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.py': 'text/plain; charset=utf-8',
  '.yaml': 'text/plain; charset=utf-8',
};

function resolve(urlPath) {
  const clean = path.normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const candidate = path.join(base, clean);
  if (!candidate.startsWith(base)) return null;
  for (const file of [candidate, path.join(candidate, 'index.html'), `${candidate}.html`]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

createServer((request, response) => {
  const file = resolve(request.url ?? '/');
  const status = file ? 200 : 404;
  const body = file ?? path.join(base, '404.html');
  response.writeHead(status, { 'content-type': types[path.extname(body)] ?? 'application/octet-stream' });
  createReadStream(body).pipe(response);
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${base} on http://127.0.0.1:${port}`));
