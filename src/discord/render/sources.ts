/** "More sources": the citations past those shown with the answer, a page at a time, with paging buttons. */
import { type APIButtonComponent, type APIEmbed, ButtonStyle } from 'discord.js';
import type { Answer } from '../../answer/types.js';
import { FURTHER_SOURCES_SHOWN } from './answer.js';
import { button, buttonRows, passageButtons } from './buttons.js';
import { questionFooter, sourceField } from './citations.js';
import { sourcesButtonId } from './custom-ids.js';
import { type BotMessage, noPings } from './payload.js';

export const SOURCES_PER_PAGE = 5;
/** Pages beyond this are not offered: sources that far down rarely help and cost a bigger search. */
export const MAX_SOURCES_PAGE = 4;
const SHOWN_WITH_ANSWER = 1 + FURTHER_SOURCES_SHOWN;

/** How many citations to ask the engine for to render `page` (one extra tells whether a next page exists). */
export function citationsNeededForPage(page: number): number {
  return SHOWN_WITH_ANSWER + page * SOURCES_PER_PAGE + 1;
}

export function renderSourcesPage(answer: Answer, page: number): BotMessage {
  const start = SHOWN_WITH_ANSWER + (page - 1) * SOURCES_PER_PAGE;
  const citations = answer.citations.slice(start, start + SOURCES_PER_PAGE);
  const embed: APIEmbed = {
    title: `More sources (page ${page})`,
    color: 0x1971c2,
    footer: questionFooter(answer.question),
  };
  if (citations.length > 0) {
    embed.fields = citations.map((citation) => sourceField(citation.n, citation, answer.matchedTerms));
  } else {
    embed.description = 'There are no more sources for this question.';
  }
  if (!embed.footer) delete embed.footer;

  const paging: APIButtonComponent[] = [];
  if (page > 1) {
    paging.push(button('Previous', sourcesButtonId(page - 1, answer.question), ButtonStyle.Secondary));
  }
  if (answer.citations.length > start + SOURCES_PER_PAGE && page < MAX_SOURCES_PAGE) {
    paging.push(button('Next', sourcesButtonId(page + 1, answer.question), ButtonStyle.Secondary));
  }
  const passages = passageButtons(
    citations.map((citation) => ({
      label: `Passage [${citation.n}]`,
      passageId: citation.passageId,
      n: citation.n,
    })),
    ButtonStyle.Primary,
  );
  return { embeds: [embed], components: buttonRows(paging, passages), allowedMentions: noPings() };
}
