/** "More sources": the citations past those shown with the answer, a page at a time, with paging buttons. */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Answer } from '../../answer/types.js';
import { FURTHER_SOURCES_SHOWN } from './answer.js';
import { questionFooter, sourceField } from './citations.js';
import { passageButtonId, sourcesButtonId } from './custom-ids.js';
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

  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  const paging: APIButtonComponent[] = [];
  if (page > 1) {
    paging.push(button('Previous', sourcesButtonId(page - 1, answer.question), ButtonStyle.Secondary));
  }
  if (answer.citations.length > start + SOURCES_PER_PAGE && page < MAX_SOURCES_PAGE) {
    paging.push(button('Next', sourcesButtonId(page + 1, answer.question), ButtonStyle.Secondary));
  }
  if (paging.length > 0) rows.push({ type: ComponentType.ActionRow, components: paging });
  // Discord refuses a message whose buttons share a custom id: one button per passage.
  const seen = new Set<string>();
  const passageButtons = citations.flatMap((citation) => {
    const id = passageButtonId(citation.passageId, citation.n);
    if (!id || seen.has(id)) return [];
    seen.add(id);
    return [button(`Passage [${citation.n}]`, id, ButtonStyle.Primary)];
  });
  if (passageButtons.length > 0) rows.push({ type: ComponentType.ActionRow, components: passageButtons });
  return { embeds: [embed], components: rows, allowedMentions: noPings() };
}

function button(
  label: string,
  customId: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
): APIButtonComponent {
  return { type: ComponentType.Button, style, label, custom_id: customId };
}
