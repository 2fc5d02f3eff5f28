// Benchmark child: the yardstick, a bare node:http server answering each path with the bytes Sala sent for it.
import fs from 'node:fs';
import http from 'node:http';

interface Answer {
  body: Buffer;
  type: string;
  encoding: string;
}

/**
 * The answers, from a JSON file named by the first argument: `{"<target>": {body, type, encoding}, …}`, the
 * body in base64, as Sala sent it (compressed when `encoding` is set), so the bare server sends exactly the
 * same bytes, of the same type and encoding, as Sala does for each target (a path, or `br:<path>` for the
 * same path asked with Accept-Encoding: br).
 */
function readRoutes(file: string | undefined): Map<string, Answer> {
  if (!file) throw new Error('usage: serve-bare.ts <routes.json>');
  const routes = new Map<string, Answer>();
  for (const [route, spec] of Object.entries(
    JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>,
  )) {
    const { body, type, encoding = '' } = (spec ?? {}) as Record<string, unknown>;
    if (
      !/^(br:)?\//.test(route) ||
      typeof body !== 'string' ||
      typeof type !== 'string' ||
      typeof encoding !== 'string'
    ) {
      throw new Error(`bad answer for "${route}": expected {body (base64), type, encoding}`);
    }
    routes.set(route, { body: Buffer.from(body, 'base64'), type, encoding });
  }
  return routes;
}

const routes = readRoutes(process.argv[2]);
const server = http.createServer((req, res) => {
  const wantsBrotli = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const route = routes.get(`${wantsBrotli ? 'br:' : ''}${req.url ?? ''}`);
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'content-type': route.type,
    'content-length': route.body.length,
    ...(route.encoding ? { 'content-encoding': route.encoding, vary: 'Accept-Encoding' } : {}),
  });
  res.end(route.body);
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`bare listening on http://127.0.0.1:${port}`);
  // The bench that started this server learns its port over IPC.
  process.send?.({ port });
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
