// Benchmark child: the yardstick, a bare node:http server answering each path with a fixed body of a given size.
import http from 'node:http';

/**
 * The answers, from one JSON argument `{"<path>": [bytes, "<content-type>"], …}`, so the bare server sends
 * exactly as many bytes, of the same type, as Sala does for each path.
 */
function parseRoutes(arg: string | undefined): Map<string, { body: Buffer; type: string }> {
  const routes = new Map<string, { body: Buffer; type: string }>();
  for (const [route, spec] of Object.entries(JSON.parse(arg ?? '{}') as Record<string, unknown>)) {
    const [size, type] = Array.isArray(spec) ? spec : [];
    if (!route.startsWith('/') || !Number.isInteger(size) || size < 0 || typeof type !== 'string') {
      throw new Error(`bad answer for "${route}": expected [bytes, content-type]`);
    }
    routes.set(route, { body: Buffer.alloc(size, 'x'), type });
  }
  return routes;
}

const routes = parseRoutes(process.argv[2]);
const server = http.createServer((req, res) => {
  const route = routes.get(req.url ?? '');
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': route.type, 'content-length': route.body.length });
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
