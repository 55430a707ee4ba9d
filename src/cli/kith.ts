#!/usr/bin/env node
import { main } from './main.js';

// The `kith` bin: runs main with this process's arguments, streams and environment.
// `kith people list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
