#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { runCachedBundle } from './code-cache.js';
import { commandName } from './command-name.js';
import type { main as Main } from './main.js';

// The content hash of dist/kith-cli.cjs, set by build.mjs.
declare const KITH_CLI_HASH: string;

// The `kith` bin: runs main with this process's arguments, streams and environment.
// `kith people list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// The program is the CommonJS bundle of main.ts, compiled from V8's code cache of an
// earlier run of the same command (ADR 0041).
const argv = process.argv.slice(2);
const key = commandName(argv) ?? 'help';
const bundle = runCachedBundle(fileURLToPath(new URL('./kith-cli.cjs', import.meta.url)), KITH_CLI_HASH, key);
process.exitCode = await (bundle.exports as { main: typeof Main }).main(argv);
if (process.exitCode === 0) bundle.saveCache();
