export type Format = 'json' | 'markdown';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'solve'; readonly file: string; readonly format: Format }
  | { readonly kind: 'usage'; readonly message: string };

/** Reads `solve FILE|- [--format json|markdown]` (also `--format=markdown`) or `--help`. */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'solve')
    return { kind: 'usage', message: `unknown command "${command}"; try "dlviz solve FILE"` };
  let format: Format = 'json';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (value !== 'json' && value !== 'markdown') {
        return {
          kind: 'usage',
          message: `--format takes json or markdown, got ${value === undefined ? 'nothing' : `"${value}"`}`,
        };
      }
      format = value;
    } else if (arg.startsWith('--')) {
      return { kind: 'usage', message: `unknown option "${arg}"` };
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) return { kind: 'usage', message: 'solve takes one FILE (or - for standard input)' };
  return { kind: 'solve', file: files[0]!, format };
}
