/** Every slash command, for registration and for dispatch. */
import { ask } from './ask.js';
import { askMessage, type MessageCommand } from './ask-message.js';
import type { Command } from './command.js';
import { corpus } from './corpus.js';
import { help } from './help.js';
import { insights } from './insights.js';
import { passage } from './passage.js';
import { search } from './search.js';
import { settings } from './settings.js';

export type { Command } from './command.js';
export type { MessageCommand } from './ask-message.js';

export const commands: readonly Command[] = [ask, search, passage, corpus, insights, settings, help];

export const commandsByName: ReadonlyMap<string, Command> = new Map(
  commands.map((command) => [command.data.name, command]),
);

/** Message context-menu commands (right-click a message > Apps). */
export const messageCommands: readonly MessageCommand[] = [askMessage];

export const messageCommandsByName: ReadonlyMap<string, MessageCommand> = new Map(
  messageCommands.map((command) => [command.data.name, command]),
);
