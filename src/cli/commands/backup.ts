import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { exportBackup, serializeBackup } from '../../core/backup/export-backup.js';
import { parseBackup, restoreBackup } from '../../core/backup/restore-backup.js';
import type { BackupDocument } from '../../core/backup/schema.js';
import { KithError } from '../../core/errors.js';
import { counted } from '../../core/shared/text.js';
import { ensureLocalUser } from '../../core/users/ensure-local-user.js';
import { connect } from '../../db/connect.js';
import { createRepos } from '../../db/repos/index.js';
import { readUserFile, writeOutput } from '../files.js';
import { cliIo } from '../io.js';
import { printJson } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

function isSqliteFile(path: string): boolean {
  readUserFile(path);
  return readFileSync(path).subarray(0, 16).toString('latin1') === SQLITE_MAGIC;
}

/**
 * Reads the local owner's data out of a SQLite backup file as a JSON backup document.
 * The file is copied first: opening it applies migrations, and a backup is not changed.
 */
async function documentFromSqliteFile(path: string): Promise<BackupDocument> {
  const dir = mkdtempSync(join(tmpdir(), 'kith-restore-'));
  const copy = join(dir, 'kith.db');
  copyFileSync(path, copy);
  const connection = await connect({ dialect: 'sqlite', file: copy });
  try {
    const repos = createRepos(connection);
    const owner = await ensureLocalUser(repos.users, new Date());
    return await exportBackup({ repos: repos.forOwner(owner.id), now: () => new Date() });
  } finally {
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A JSON backup's document. A file that is not even meant as JSON (a README, a CSV) is said
 * to be no backup at all, naming the file; one that starts as JSON keeps the parser's words,
 * which say where a backup edited by hand went wrong.
 */
function backupText(file: string, text: string): unknown {
  if (!/^\s*[[{]/.test(text)) {
    throw new KithError('IMPORT_FAILED', `${file}: not a kith backup (neither a SQLite backup nor a JSON backup)`);
  }
  return parseBackup(text);
}

/** The sections a person counts, in words; the rest (links, states, picks, settings) restore with them. */
const restoredWords: Record<string, [string, string]> = {
  people: ['person', 'people'],
  organizations: ['organization', 'organizations'],
  events: ['event', 'events'],
  items: ['item', 'items'],
  interactions: ['interaction', 'interactions'],
  reminders: ['reminder', 'reminders'],
  occasions: ['important date', 'important dates'],
  shares: ['share', 'shares'],
  introductions: ['introduction', 'introductions'],
  photos: ['photo', 'photos'],
};

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description(describeCommand('backup'))
    .argument('<file>', 'where to write the backup')
    .option('--json', 'write a JSON backup even on SQLite (to move to PostgreSQL)')
    .action(
      withContext(async ({ connection, deps }, file: string, flags: { json?: boolean }) => {
        if (connection.sqlite && !flags.json) {
          await connection.sqlite.backup(file);
          cliIo().stdout.write(`Backed up ${connection.location} to ${file} (SQLite)\n`);
          return;
        }
        writeOutput(serializeBackup(await exportBackup(deps)), file);
        cliIo().stdout.write(`Backed up to ${file} (JSON)\n`);
      }),
    );

  program
    .command('restore')
    .description(describeCommand('restore'))
    .argument('<file>', 'the backup to restore')
    .option('--json', 'print what was restored as JSON')
    .action(
      withContext(async ({ deps }, file: string, flags: { json?: boolean }) => {
        const document = isSqliteFile(file) ? await documentFromSqliteFile(file) : backupText(file, readUserFile(file));
        if (document === null || typeof document !== 'object') {
          throw new KithError('IMPORT_FAILED', `${file}: not a kith backup`);
        }
        const summary = await restoreBackup(deps, document);
        if (flags.json) printJson(summary);
        else {
          const counts = Object.entries(restoredWords).flatMap(([section, [one, many]]) => {
            const count = summary.sections[section] ?? 0;
            return count > 0 ? [counted(count, one, many)] : [];
          });
          cliIo().stdout.write(`Restored ${file}: ${counts.join(', ') || 'no people'}, and your settings\n`);
        }
      }),
    );
}
