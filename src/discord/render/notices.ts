/** Short polite replies, in one place so the wording stays consistent. */
import { truncateWords } from './limits.js';
import { safeText } from './markdown.js';

export const notices = {
  cooldown: (secondsLeft: number) =>
    `Please wait ${secondsLeft} second${secondsLeft === 1 ? '' : 's'} before asking again.`,
  busy: () => "I'm answering a lot of questions right now. Please try again in a moment.",
  tooLong: (length: number, max: number) =>
    `That question is too long (${length} characters; the limit is ${max}). Please shorten it and ask again.`,
  emptyQuestion: () =>
    'Ask me a question after the mention, for example: "@Citebot what is this server about?"',
  error: () => 'Something went wrong while answering. Please try again in a little while.',
  guildOnly: () => 'This command only works in a server, not in direct messages.',
  notAdmin: () =>
    'Only members with the Manage Server permission, a corpus manager role (or bot admins) can change the articles.',
  notManager: () => 'Only members with the Manage Server permission (or bot admins) can use this command.',
  expired: () => "I can't find the question this button belongs to any more. Please ask again.",
  passageGone: () => 'That passage is no longer in the articles I have.',
  uploadInProgress: () =>
    'Another file is being added to this server right now. Please try again when it is done.',
  corpusError: (message: string) => truncateWords(safeText(message), 1900),
  /** A feature that needs the database, while it is not open. */
  noDatabase: (what: string) =>
    `${what} is unavailable right now (my database is not open). Answers still work; please try again later.`,
  voted: (helpful: boolean, previous: boolean | null) => {
    const as = helpful ? 'helpful' : 'not helpful';
    if (previous === null) return `Thanks — noted as ${as}.`;
    return previous === helpful ? `Thanks — it is already noted as ${as}.` : `Thanks — changed to ${as}.`;
  },
};
