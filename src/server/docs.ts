/**
 * `/api/docs`: the OpenAPI document rendered as one self-contained HTML page on the
 * server (no script, no CDN), so it works offline and under a strict CSP.
 */

type Schema = Record<string, unknown>;
type Operation = {
  tags?: string[];
  summary?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
};
export type OpenApiDocument = {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function schemaBlock(schema: Schema | undefined): string {
  if (!schema) return '';
  return `<pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre>`;
}

function operationHtml(method: string, path: string, operation: Operation): string {
  const params = (operation.parameters ?? [])
    .map(
      (param) =>
        `<li><code>${escapeHtml(param.name)}</code> (${escapeHtml(param.in)}${param.required ? ', required' : ''}) ` +
        `<code>${escapeHtml(JSON.stringify(param.schema ?? {}))}</code></li>`,
    )
    .join('');
  const body = operation.requestBody?.content?.['application/json']?.schema;
  const responses = Object.entries(operation.responses ?? {})
    .map(
      ([status, response]) =>
        `<details><summary>${escapeHtml(status)} ${escapeHtml(response.description ?? '')}</summary>` +
        `${schemaBlock(response.content?.['application/json']?.schema)}</details>`,
    )
    .join('');
  return `<section class="op"><h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(operation.summary ?? '')}</p>
${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}
${body ? `<details><summary>Request body</summary>${schemaBlock(body)}</details>` : ''}
${responses ? `<h4>Responses</h4>${responses}` : ''}</section>`;
}

export function renderDocsPage(doc: OpenApiDocument): string {
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? 'other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, operation)]);
    }
  }
  const tags = [...byTag.keys()].sort();
  const nav = tags.map((tag) => `<a href="#${escapeHtml(tag)}">${escapeHtml(tag)}</a>`).join(' · ');
  const sections = tags
    .map((tag) => `<h2 id="${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${(byTag.get(tag) ?? []).join('\n')}`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} ${escapeHtml(doc.info.version)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
pre{background:#f5f5f5;padding:.5rem;overflow:auto;font-size:13px}
.op{border-top:1px solid #ddd;padding:.5rem 0}
.method{display:inline-block;min-width:4rem;font-size:13px;padding:0 .3rem;border-radius:3px;background:#eee}
.get{background:#dbeafe}.post{background:#dcfce7}.patch,.put{background:#fef9c3}.delete{background:#fee2e2}
</style></head><body>
<h1>${escapeHtml(doc.info.title)}</h1>
<p>${escapeHtml(doc.info.description ?? '')} The machine-readable document is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).
Authenticate with the session cookie from <code>POST /api/v1/auth/sign-in</code>, or <code>Authorization: Bearer &lt;token&gt;</code>.
Errors are <code>{"error":{"code","message","details"}}</code>.</p>
<nav>${nav}</nav>
${sections}
</body></html>`;
}
