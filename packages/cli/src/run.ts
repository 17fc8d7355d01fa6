import { formatIssue, solve, validateJson, workedAnswer } from '@dlviz/core';
import { parseArgs } from './args.js';
import { help } from './help.js';

export interface Outcome {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

/** What `dlviz` prints for these arguments, with input read through `read` (a file path or '-'). */
export async function run(
  argv: readonly string[],
  read: (file: string) => Promise<string>,
): Promise<Outcome> {
  const command = parseArgs(argv);
  if (command.kind === 'help') return { code: 0, stdout: help, stderr: '' };
  if (command.kind === 'usage') return { code: 2, stdout: '', stderr: `dlviz: ${command.message}\n` };

  let text: string;
  try {
    text = await read(command.file);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { code: 2, stdout: '', stderr: `dlviz: cannot read ${command.file}: ${reason}\n` };
  }

  const checked = validateJson(text);
  if (!checked.ok)
    return { code: 2, stdout: '', stderr: checked.issues.map((i) => formatIssue(i) + '\n').join('') };
  const output =
    command.format === 'markdown'
      ? workedAnswer(checked.value)
      : JSON.stringify(solve(checked.value), null, 2) + '\n';
  return { code: 0, stdout: output, stderr: '' };
}
