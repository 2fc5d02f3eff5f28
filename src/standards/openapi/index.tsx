// Serves the OpenAPI document and a readable page of it, with nothing loaded from outside addresses.
import type { Ctx, ModuleManifest } from '../../platform/http/types';
import { renderPage } from '../../web/page';
import { buildOpenApi } from './openapi.presenter';

type Doc = ReturnType<typeof buildOpenApi>;
type Operation = {
  summary: string;
  parameters?: { name: string; in: string; required: boolean; description?: string }[];
  requestBody?: { content: { 'application/json': { schema: unknown } } };
  responses: Record<string, { description: string; content?: { 'application/json': { schema: unknown } } }>;
  security?: unknown[];
  'x-sala-roles'?: string[];
};

const TEXT = {
  en: {
    title: 'Sala API',
    intro: 'Every endpoint, generated from the schemas that check requests. Machine-readable:',
    auth: 'Sign in with POST /api/auth/token, then send "Authorization: Bearer <token>".',
    public: 'Open to everyone',
    needs: 'Needs a token',
    roles: 'Roles',
    params: 'Parameters',
    body: 'Request body',
    responses: 'Answers',
  },
  km: {
    title: 'API របស់សាលា',
    intro: 'ចំណុចបញ្ចប់ទាំងអស់ បង្កើតចេញពីគ្រោងដែលពិនិត្យសំណើ។ សម្រាប់ម៉ាស៊ីនអាន៖',
    auth: 'ចូលគណនីដោយ POST /api/auth/token រួចផ្ញើ "Authorization: Bearer <token>"។',
    public: 'បើកចំហសម្រាប់គ្រប់គ្នា',
    needs: 'ត្រូវការ token',
    roles: 'តួនាទី',
    params: 'ប៉ារ៉ាម៉ែត្រ',
    body: 'ខ្លឹមសារសំណើ',
    responses: 'ចម្លើយ',
  },
};

function docsPage(c: Ctx, doc: Doc) {
  const t = TEXT[c.get('lang')];
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op: op as Operation })),
  );
  return renderPage(
    c,
    t.title,
    <>
      <p>
        {t.intro} <a href="/api/openapi.json">/api/openapi.json</a>
      </p>
      <p>{t.auth}</p>
      {operations.map(({ path, method, op }) => (
        <section>
          <h2>
            <code>
              {method.toUpperCase()} {path}
            </code>
          </h2>
          <p>{op.summary}</p>
          <p class="muted">
            {op.security ? t.public : t.needs}
            {op['x-sala-roles'] ? ` · ${t.roles}: ${op['x-sala-roles'].join(', ')}` : ''}
          </p>
          {op.parameters?.length ? (
            <>
              <h3>{t.params}</h3>
              <ul>
                {op.parameters.map((p) => (
                  <li>
                    <code>{p.name}</code> ({p.in}
                    {p.required ? ', required' : ''}){p.description ? ` — ${p.description}` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {op.requestBody ? (
            <>
              <h3>{t.body}</h3>
              <pre>
                <code>{JSON.stringify(op.requestBody.content['application/json'].schema, null, 2)}</code>
              </pre>
            </>
          ) : null}
          <h3>{t.responses}</h3>
          <ul>
            {Object.entries(op.responses).map(([status, r]) => (
              <li>
                <strong>{status}</strong> {r.description}
                {r.content && status.startsWith('2') ? (
                  <details>
                    <summary>JSON</summary>
                    <pre>
                      <code>{JSON.stringify(r.content['application/json'].schema, null, 2)}</code>
                    </pre>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>,
  );
}

/** The OpenAPI routes describe the other modules' routes, so they are built from them. */
export function openapiModule(modules: ModuleManifest[]): ModuleManifest {
  let cached: Doc | undefined;
  const doc = (c: Ctx) => {
    cached ??= buildOpenApi(modules, c.get('deps').version);
    return cached;
  };
  return {
    name: 'openapi',
    routes: [
      {
        method: 'GET',
        path: '/api/openapi.json',
        kind: 'api',
        access: 'public',
        handler: (c) => c.json(doc(c)),
      },
      {
        method: 'GET',
        path: '/api/docs',
        kind: 'page',
        access: 'public',
        handler: (c) => docsPage(c, doc(c)),
      },
    ],
  };
}
