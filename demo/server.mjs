// HTTP server for the fictional "Northbury Children's Record (demo)" case-record system.
// Serves full server-rendered pages, JSON fragments for client-side navigation
// (X-Demo-Fragment: 1 or ?fragment=1), a case-notes JSON API and static files under /static/.
// Binds to 127.0.0.1 by default. CLI: node demo/server.mjs [--port 4173] [--host 127.0.0.1]
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderDocument, pageTitle } from './render/layout.mjs';
import { findPerson } from './data/people.mjs';
import { resolveRoute } from './routes.mjs';
import { renderNotFound } from './render/notfound.mjs';

// Not `new URL('./public/', import.meta.url)`: Vite rewrites that pattern into an asset URL when a test
// imports this server under the jsdom environment.
const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), 'public') + sep;
const DEFAULT_TIMEOUT_SECONDS = 900;

const MIME = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

// Strict-ish: no inline or third-party scripts. Inline styles stay allowed so that an
// overlaying extension's injected <style> elements are not blocked.
export const DEFAULT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; frame-src 'self' chrome-extension: moz-extension:; object-src 'none'; base-uri 'none'; " +
  "form-action 'self'; frame-ancestors 'self'";

function baseHeaders(csp) {
  const headers = {
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (csp) headers['Content-Security-Policy'] = csp;
  return headers;
}

async function serveStatic(res, pathname, headers) {
  const rel = normalize(decodeURIComponent(pathname.slice('/static/'.length)));
  const file = join(PUBLIC_DIR, rel);
  const type = MIME[extname(file)];
  if (!type || !file.startsWith(PUBLIC_DIR) || rel.split(sep).includes('..')) return false;
  try {
    const body = await readFile(file);
    res.writeHead(200, { ...headers, 'Content-Type': type });
    res.end(body);
    return true;
  } catch {
    return false;
  }
}

function drain(req) {
  return new Promise((resolve) => {
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > 1e6) req.destroy();
    });
    req.on('end', resolve);
    req.on('close', resolve);
  });
}

function timeoutFor(url, fallback) {
  const n = Number(url.searchParams.get('timeout'));
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

/**
 * Start the demo server.
 * @param {{ host?: string, port?: number, sessionTimeoutSeconds?: number, csp?: string | false }} [options]
 * @returns {Promise<{ url: string, port: number, sid: string, close: () => Promise<void> }>}
 */
export async function startDemoServer({
  host = '127.0.0.1',
  port = 0,
  sessionTimeoutSeconds = DEFAULT_TIMEOUT_SECONDS,
  csp = DEFAULT_CSP,
} = {}) {
  const sid = randomBytes(12).toString('base64url');
  const headers = baseHeaders(csp);

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url || '/', 'http://demo.invalid');
      const method = req.method || 'GET';
      if (!['GET', 'HEAD', 'POST'].includes(method)) {
        res.writeHead(405, { ...headers, Allow: 'GET, HEAD, POST' });
        res.end();
        return;
      }
      if (method === 'POST') await drain(req);

      if (url.pathname.startsWith('/static/') && method !== 'POST') {
        if (await serveStatic(res, url.pathname, headers)) return;
      }

      const result = url.pathname.startsWith('/static/')
        ? { page: renderNotFound(url.pathname), status: 404 }
        : resolveRoute(method, url, { sid });
      if (result.redirect) {
        res.writeHead(302, { ...headers, Location: result.redirect });
        res.end();
        return;
      }
      if (result.document) {
        res.writeHead(result.status ?? 200, {
          ...headers,
          ...result.headers,
          'Content-Type': 'text/html; charset=utf-8',
        });
        res.end(method === 'HEAD' ? undefined : result.document);
        return;
      }
      if (result.json) {
        res.writeHead(result.status ?? 200, { ...headers, 'Content-Type': MIME['.json'] });
        res.end(method === 'HEAD' ? undefined : JSON.stringify(result.json));
        return;
      }

      const { screen, pageHtml } = result.page;
      const person = result.personId ? findPerson(result.personId) : null;
      const title = pageTitle(screen, person);
      const timeoutSeconds = timeoutFor(url, sessionTimeoutSeconds);
      const wantsFragment =
        req.headers['x-demo-fragment'] === '1' || url.searchParams.get('fragment') === '1';
      const status = result.status ?? 200;
      let body;
      if (wantsFragment) {
        body = JSON.stringify({
          title,
          html: String(pageHtml),
          personId: person?.id ?? null,
          sessionTimeoutSeconds: timeoutSeconds,
        });
        res.writeHead(status, { ...headers, 'Content-Type': MIME['.json'], Vary: 'X-Demo-Fragment' });
      } else {
        body = renderDocument({
          title,
          pageHtml,
          personId: person?.id,
          path: url.pathname,
          sid,
          timeoutSeconds,
        });
        res.writeHead(status, {
          ...headers,
          'Content-Type': 'text/html; charset=utf-8',
          Vary: 'X-Demo-Fragment',
        });
      }
      res.end(method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (!res.headersSent)
        res.writeHead(error instanceof URIError ? 400 : 500, {
          ...headers,
          'Content-Type': 'text/plain; charset=utf-8',
        });
      res.end(error instanceof URIError ? 'Bad request' : 'Internal error in the demo server');
      if (!(error instanceof URIError)) console.error(error);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    host,
    sid,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--port') opts.port = Number(value());
    else if (flag === '--host') opts.host = value();
    else if (flag === '--timeout') opts.sessionTimeoutSeconds = Number(value());
    else if (flag === '--no-csp') opts.csp = false;
    else if (flag === '--help' || flag === '-h') opts.help = true;
  }
  return opts;
}

const isCli = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isCli) {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log('Usage: node demo/server.mjs [--port 4173] [--host 127.0.0.1] [--timeout 900] [--no-csp]');
    process.exit(0);
  }
  const port = opts.port ?? Number(process.env.DEMO_PORT || 4173);
  const demo = await startDemoServer({ ...opts, port });
  console.log(`Demo case-record system on ${demo.url}/`);
  const stop = () => demo.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
