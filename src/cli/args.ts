/** Command-line flags, via Node's own parser (node:util parseArgs). */
import { parseArgs } from 'node:util';

export function parseFlags(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      corpus: { type: 'string' },
      guild: { type: 'string' },
      title: { type: 'string' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
