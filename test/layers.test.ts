import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering in docs/architecture.md is a lint rule (biome.json's per-folder
 * noRestrictedImports and lint/web-imports-core.grit), run by `npm run check`. Here the
 * repository's own lint configuration is run on a copy of the tree's shape holding one
 * deliberate violation per rule, and on the imports each layer may make: each violation
 * fails with its message, and the allowed imports pass.
 */
const root = resolve(import.meta.dirname, '..');
const biome = join(root, 'node_modules', '.bin', 'biome');

const violations: Record<string, { source: string; message: string }> = {
  'src/core/people/reads-a-file.ts': {
    source: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    message: 'layers: core does no I/O (node:fs)',
  },
  'src/core/import/starts-a-worker.ts': {
    source: "import { Worker } from 'node:worker_threads';\nexport const start = Worker;\n",
    message: 'layers: core does no I/O (node:worker_threads)',
  },
  'src/core/people/opens-the-database.ts': {
    source: "import { connect } from '../../db/connect.js';\nexport const open = connect;\n",
    message: 'layers: core imports only core and formats, never src/db',
  },
  'src/core/people/constants.ts': {
    source: "import { z } from 'zod';\nexport const tiers = z.enum(['inner']);\n",
    message: 'layers: constants.ts is zod-free',
  },
  'src/formats/uses-core-errors.ts': {
    source: "import { KithError } from '../core/errors.js';\nexport const error = KithError;\n",
    message: 'layers: formats depends on nothing in kith',
  },
  'src/db/repos/calls-the-server.ts': {
    source: "import { buildApp } from '../../server/app.js';\nexport const app = buildApp;\n",
    message: 'layers: db implements core',
  },
  'src/web/people/uses-a-core-schema.tsx': {
    source: "import { personSchema } from '../../core/people/schema.js';\nexport const schema = personSchema;\n",
    message: 'layers: web imports from core only types',
  },
  'src/web/api/re-exports-core-code.ts': {
    source: "export { listPeople } from '../../core/people/list-people.js';\n",
    message: 'layers: web imports from core only types',
  },
  'src/web/people/uses-formats.tsx': {
    source: "import { peopleToCsv } from '../../formats/people-csv.js';\nexport const write = peopleToCsv;\n",
    message: 'layers: the web UI talks to /api/v1 and imports nothing of src/formats',
  },
  'src/server/routes/runs-a-command.ts': {
    source: "import { withContext } from '../../cli/run.js';\nexport const run = withContext;\n",
    message: 'layers: the server imports nothing of src/cli',
  },
};

const allowed: Record<string, string> = {
  'src/core/people/uses-formats.ts':
    "import { placeOf } from '../../formats/person-record.js';\nimport { KithError } from '../errors.js';\nexport const both = [placeOf, KithError];\n",
  'src/web/people/reads-types-and-constants.tsx':
    "import type { Person } from '../../core/people/schema.js';\nimport { tiers } from '../../core/people/constants.js';\nexport type Shown = Person;\nexport const shown = tiers;\n",
  'src/server/routes/calls-core.ts':
    "import { listPeople } from '../../core/people/list-people.js';\nimport { connect } from '../../db/connect.js';\nexport const both = [listPeople, connect];\n",
  'src/threads/starts-a-worker.ts': "import { Worker } from 'node:worker_threads';\nexport const start = Worker;\n",
};

type Diagnostic = { message: string; location: { path: string } };

let tree: string;
let diagnostics: Diagnostic[];

beforeAll(async () => {
  tree = mkdtempSync(join(tmpdir(), 'kith-layers-'));
  cpSync(join(root, 'biome.json'), join(tree, 'biome.json'));
  cpSync(join(root, 'lint'), join(tree, 'lint'), { recursive: true });
  const files = { ...Object.fromEntries(Object.entries(violations).map(([path, v]) => [path, v.source])), ...allowed };
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), source);
  }
  const run = promisify(execFile);
  // Biome exits 1 when it finds errors; the report is on stdout either way.
  const result = await run(biome, ['lint', '--reporter=json', '--max-diagnostics=none', '.'], { cwd: tree }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  diagnostics = (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
});

afterAll(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
});

describe('the layers lint rule', () => {
  it.each(Object.entries(violations))('fails on %s, saying which rule it breaks', (path, { message }) => {
    const found = diagnostics.filter((diagnostic) => diagnostic.location.path === path).map((d) => d.message);
    expect(
      found.some((text) => text.startsWith(message)),
      found.join('\n'),
    ).toBe(true);
  });

  it('passes the imports each layer may make', () => {
    const found = diagnostics.filter((diagnostic) => diagnostic.location.path in allowed);
    expect(found).toEqual([]);
  });
});
