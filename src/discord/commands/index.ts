/** Every slash command, for registration and for dispatch. */
import { ask } from './ask.js';
import type { Command } from './command.js';
import { corpus } from './corpus.js';
import { help } from './help.js';
import { passage } from './passage.js';
import { search } from './search.js';

export type { Command } from './command.js';

export const commands: readonly Command[] = [ask, search, passage, corpus, help];

export const commandsByName: ReadonlyMap<string, Command> = new Map(
  commands.map((command) => [command.data.name, command]),
);
