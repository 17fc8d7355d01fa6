#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { run } from './run.js';

async function readInput(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

run(process.argv.slice(2), readInput).then(
  ({ code, stdout, stderr }) => {
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    process.exitCode = code;
  },
  // A bug of ours, not the user's input: say so in one line, never a stack trace.
  (error: unknown) => {
    process.stderr.write(
      `dlviz: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
