// A blank page served on loopback, for the in-page benchmarks that need a real origin (IndexedDB).
import { createServer } from 'node:http';

/** Serves one empty HTML page at `url` until `close()`. */
export async function serveBlank(title = 'Margin bench') {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>${title}</title>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}
