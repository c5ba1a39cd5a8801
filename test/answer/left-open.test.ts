/**
 * Community articles often say what is not known yet: "hasn't picked a race or a name yet", "never gives a
 * name", "I won't say what's in it", "it is not known who it belonged to". Quoting such a sentence for
 * "what race is his new character" answers nothing; the bot says it has no answer (and lists the passage as
 * the closest). What the same sentences do give is still answered.
 */
import { describe, expect, it } from 'vitest';
import { quotedBy, sharedArticlesEngine } from './article-engine.js';

const RECAP = [
  '# Session 9 recap',
  '',
  'Okay gang, here is the write-up for session 9, which we played on Saturday 8 March in the Tavern voice channel.',
  '',
  "Brannoc the dwarf fell at the ford, and Dev is rolling up a new character. He says it'll be a bard but hasn't picked a race or a name yet.",
  '',
  'The cultist leader kept talking about "the Prior below," and his diary mentions him six times but never gives a name.',
  '',
  'Loot: a silver spear, 310 gold pieces, and a sealed letter addressed to "H.K." Nobody has opened it, and I won\'t say what\'s in it until someone does.',
].join('\n');

const BUILDING = [
  'Orchard Lane homes approved',
  '',
  'Plans for 60 homes on the Orchard Lane paddock were approved on Tuesday by seven votes to three. A spokesman for Weldon Homes welcomed the decision. He did not say when building would begin.',
  '',
  "Kettering Timber has promised fencing at cost. They haven't yet confirmed how much of a discount that works out to.",
].join('\n');

const MUSEUM = [
  'The Marigold Wreck: visitor guide',
  '',
  "Room 2 holds the ship's bell and a silver pocket watch stopped at twenty past four. It is not known who the watch belonged to.",
  '',
  "The captain's name was unknown to the village for forty years, until a letter of 1891 named him as Thomas Reed.",
].join('\n');

const SERVER = [
  '# Server events',
  '',
  '- **Build Contest, "Sunken Towers":** runs 2–16 May. Entries are built in the creative world, not survival. Ana is judging with two players picked at random. The prize hasn\'t been decided yet, but last time it was a dragon egg.',
  '- **Moderators:** Ivo "Pebble", Mara "Cinder", and one new moderator who joined in June. Their name will be posted once their trial month is over.',
].join('\n');

const engine = sharedArticlesEngine([
  ['server-events.md', SERVER],
  ['session-9-recap.md', RECAP],
  ['orchard-lane.txt', BUILDING],
  ['marigold-guide.txt', MUSEUM],
]);
const quoted = quotedBy(engine);

describe('what an article says is not known yet', () => {
  it('is not answered by the sentence that says so', async () => {
    for (const question of [
      'what race is devs new character',
      'whos the prior then',
      'how much discount is kettering timber giving',
      // A sum asked eight words after "how much", and no sum in the article.
      'how much wil the new homes off orchard lane cost to buy',
      'whose watch was it',
    ])
      expect(await quoted(question), question).toBeNull();
  });

  it('is not answered by a sentence beside it that says the thing asked is not settled yet', async () => {
    for (const question of [
      'whats the prize for the sunken towers build contest',
      'who is the new moderator that joined in june',
      'who did the pocket watch belong to',
    ])
      expect(await quoted(question), question).toBeNull();
    expect(await quoted('when does the sunken towers contest run')).toContain('runs 2–16 May');
  });

  it('leaves what the same sentences give answered', async () => {
    expect(await quoted('what is kettering timber giving')).toContain('promised fencing at cost');
    expect(await quoted('how did the orchard lane vote go')).toContain('by seven votes to three');
    expect(await quoted('whats in room 2')).toContain('a silver pocket watch');
  });

  it('answers who was unknown in the past and named since, and a question about what is unknown', async () => {
    expect(await quoted('who was the captain of the marigold')).toContain('named him as Thomas Reed');
    expect(await quoted('is it known who owned the watch')).toContain('It is not known who the watch');
  });
});
