// Builds the OpenAPI 3.1 document from the same zod schemas that check requests and shape answers.
import { z } from 'zod';
import type { ModuleManifest, RouteDef } from '../../platform/http/types';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
};

/** Hono's `/api/places/:code` is OpenAPI's `/api/places/{code}`. */
export const openapiPath = (path: string) => path.replace(/:([A-Za-z_]+)/g, '{$1}');

const pathParams = (path: string) => [...path.matchAll(/:([A-Za-z_]+)/g)].map((match) => match[1]);

function operation(route: RouteDef) {
  const doc = route.doc!;
  const parameters: JsonSchema[] = pathParams(route.path).map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (doc.query) {
    const query = toSchema(doc.query) as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      parameters.push({
        name,
        in: 'query',
        required: query.required?.includes(name) ?? false,
        schema,
        ...(schema.description ? { description: schema.description } : {}),
      });
    }
  }
  const responses: Record<string, JsonSchema> = {};
  if (doc.response) {
    const status = String(doc.successStatus ?? (route.method === 'POST' ? 201 : 200));
    responses[status] = {
      description: 'Success',
      content: { 'application/json': { schema: toSchema(doc.response) } },
    };
  }
  for (const [status, description] of Object.entries(doc.errors ?? {})) {
    responses[status] =
      Number(status) >= 400
        ? { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }
        : { description };
  }
  if (route.access !== 'public') {
    responses['401'] ??= {
      description: 'No valid bearer token.',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  if (Object.keys(responses).length === 0) responses['200'] = { description: 'Success' };
  return {
    summary: doc.summary,
    tags: [doc.tag],
    ...(parameters.length ? { parameters } : {}),
    ...(doc.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(doc.body) } } } }
      : {}),
    responses,
    ...(route.access === 'public' ? { security: [] } : {}),
    ...(Array.isArray(route.access) ? { 'x-sala-roles': route.access } : {}),
  };
}

/** The OpenAPI 3.1 document of every documented API route. */
export function buildOpenApi(modules: ModuleManifest[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of modules.flatMap((m) => m.routes)) {
    if (route.kind !== 'api' || !route.doc) continue;
    const path = openapiPath(route.path);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sala API',
      version,
      description:
        'Open data and services of Sala, the civic platform for Cambodia. Messages follow Accept-Language (km or en).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'From POST /api/auth/token' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
            },
          },
        },
      },
    },
    security: [{ bearer: [] }],
  };
}
