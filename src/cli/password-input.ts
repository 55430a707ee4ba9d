import { cliIo } from './io.js';

/**
 * A password from stdin when it is piped (`echo secret | kith users add …`), else typed
 * at a prompt that does not echo, twice when `confirm` is set.
 */
export async function readPassword(confirm: boolean): Promise<string> {
  if (!cliIo().stdin.isTTY) return readPipedLine();
  const first = await promptHidden('Password: ');
  if (confirm && (await promptHidden('Again: ')) !== first) throw new Error('The two passwords differ');
  return first;
}

async function readPipedLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of cliIo().stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = cliIo().stdin;
    let value = '';
    cliIo().stderr.write(question);
    stdin.setRawMode?.(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    const finish = (error?: Error) => {
      stdin.setRawMode?.(false);
      stdin.pause();
      stdin.off('data', onData);
      cliIo().stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(new Error('Cancelled'));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}
