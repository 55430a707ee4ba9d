/**
 * The thread that builds a large batch of people (ADR 0015): validates each chunk of
 * inputs the main thread sends and sends the people back, while the main thread writes
 * the chunks before. Started by `buildPeople`.
 */
import { parentPort } from 'node:worker_threads';
import { type BuiltChunk, buildChunk } from '../core/people/build-people.js';
import { personIndexing } from '../core/people/indexing.js';
import type { FromBuilder, ToBuilder } from './build-people.js';
import { describeError } from './worker-thread.js';

const port = parentPort;
if (!port) throw new Error('build-people-worker runs only as a worker thread');
const send = (message: FromBuilder) => port.postMessage(message);

port.on('message', (message: ToBuilder) => {
  try {
    const people = buildChunk(message.inputs, message.start, new Date(message.now));
    // The search text and identity keys are computed here too, off the thread that writes.
    const entries = people.map((person) => personIndexing(person, message.region));
    const chunk: BuiltChunk = { people, prepared: { region: message.region, entries } };
    send({ type: 'built', json: JSON.stringify(chunk) });
  } catch (error) {
    send({ type: 'error', error: describeError(error) });
  }
});
