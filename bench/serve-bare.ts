// Benchmark child: the yardstick, a bare node:http server answering each path with a fixed body of a given size.
import http from 'node:http';

interface Answer {
  body: Buffer;
  type: string;
  encoding: string;
}

/**
 * The answers, from one JSON argument `{"<target>": [bytes, "<content-type>", "<content-encoding>"], …}`,
 * so the bare server sends exactly as many bytes, of the same type and encoding, as Sala does for each
 * target (a path, or `br:<path>` for the same path asked with Accept-Encoding: br).
 */
function parseRoutes(arg: string | undefined): Map<string, Answer> {
  const routes = new Map<string, Answer>();
  for (const [route, spec] of Object.entries(JSON.parse(arg ?? '{}') as Record<string, unknown>)) {
    const [size, type, encoding = ''] = Array.isArray(spec) ? spec : [];
    if (
      !/^(br:)?\//.test(route) ||
      !Number.isInteger(size) ||
      size < 0 ||
      typeof type !== 'string' ||
      typeof encoding !== 'string'
    ) {
      throw new Error(`bad answer for "${route}": expected [bytes, content-type, content-encoding]`);
    }
    routes.set(route, { body: Buffer.alloc(size, 'x'), type, encoding });
  }
  return routes;
}

const routes = parseRoutes(process.argv[2]);
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
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
