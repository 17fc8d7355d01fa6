export { run, type Outcome } from './run.js';
export { parseArgs, type Command, type Format } from './args.js';
