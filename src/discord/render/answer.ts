/**
 * An Answer as a Discord message: the verbatim excerpt quoted (escaped, matched words bold) with its citation,
 * up to three further sources as fields, buttons for the full passage and more sources, and (under an answer)
 * "Helpful" / "Not helpful" in a row of their own.
 */
import { type APIEmbed, ButtonStyle } from 'discord.js';
import type { Answer, Citation } from '../../answer/types.js';
import { button, type ButtonRow, buttonRows, passageButtons } from './buttons.js';
import { citationLine, orList, questionFooter, questionTitle, sourceField } from './citations.js';
import { sourcesButtonId, voteButtonId } from './custom-ids.js';
import { embedLength, fitRendered, LIMITS } from './limits.js';
import { blockquote, boldTerms, safeText } from './markdown.js';
import { type BotMessage, noPings } from './payload.js';

/** Sources shown with an answer: the cited passage plus this many more as fields. */
export const FURTHER_SOURCES_SHOWN = 3;
/** Ask the engine for one citation more than shown, so the renderer knows whether "More sources" has anything. */
export const CITATIONS_FOR_ANSWER = 1 + FURTHER_SOURCES_SHOWN + 1;

export const NOT_FOUND_TEXT = "I couldn't find that in the articles I have.";
const VERBATIM_NOTE = 'Quoted verbatim from the articles';

const COLOR = { answered: 0x2f9e44, notFound: 0x868e96, invalid: 0xe8590c, smallTalk: 0x1c7ed6 } as const;

export function renderAnswer(answer: Answer): BotMessage {
  if (answer.status === 'answered' && answer.excerpt !== null && answer.citations[0]) {
    return renderAnswered(answer, answer.excerpt, answer.citations[0]);
  }
  if (answer.reason?.code === 'invalid' || answer.reason?.code === 'small_talk') {
    const embed: APIEmbed = {
      color: answer.reason.code === 'invalid' ? COLOR.invalid : COLOR.smallTalk,
      description:
        fitRendered(answer.reason.message, LIMITS.embedDescription, safeText) || 'Please ask a question.',
    };
    return { embeds: [embed], components: [], allowedMentions: noPings() };
  }
  return renderNotFound(answer);
}

function renderAnswered(answer: Answer, excerpt: string, cited: Citation): BotMessage {
  const further = answer.citations.slice(1, 1 + FURTHER_SOURCES_SHOWN);
  const embed: APIEmbed = {
    color: COLOR.answered,
    title: questionTitle(answer.question),
    fields: further.map((citation) => sourceField(citation.n, citation, answer.matchedTerms)),
    footer: questionFooter(answer.question, VERBATIM_NOTE),
  };
  const cite = citationLine(cited.n, cited);
  // A clearly misspelt word was corrected: say which question this answers.
  const corrected = answer.correctedQuestion
    ? `Showing the answer for: ${fitRendered(answer.correctedQuestion, 200, safeText)}\n`
    : '';
  const room =
    Math.min(LIMITS.embedDescription, LIMITS.embedTotal - embedLength(embed)) -
    cite.length -
    2 -
    corrected.length;
  const quote = fitRendered(excerpt, room, (text) =>
    blockquote(boldTerms(safeText(text), answer.matchedTerms)),
  );
  embed.description = quote ? `${corrected}${quote}\n\n${cite}` : `${corrected}${cite}`;
  return {
    embeds: [withoutEmpty(embed)],
    components: [
      ...answerButtons(answer, cited, 'Show full passage'),
      ...buttonRows(voteButtons(cited.passageId)),
    ],
    allowedMentions: noPings(),
  };
}

function renderNotFound(answer: Answer): BotMessage {
  const closest = answer.citations.slice(0, 1 + FURTHER_SOURCES_SHOWN);
  const missing = answer.reason?.missing ?? [];
  const lines = [
    missing.length > 0 ? `${NOT_FOUND_TEXT} They never mention ${orList(missing)}.` : NOT_FOUND_TEXT,
  ];
  if (answer.suggestions.length > 0) {
    const options = orList(answer.suggestions.slice(0, 3));
    // Suggestions can be whole questions: avoid "…?”?".
    lines.push(`Did you mean ${options}${options.endsWith('?”') ? '' : '?'}`);
  }
  if (closest.length > 0) lines.push('', 'The closest passages I have:');
  const embed: APIEmbed = {
    color: COLOR.notFound,
    title: questionTitle(answer.question),
    description: fitRendered(lines.join('\n'), LIMITS.embedDescription, (text) => text),
    fields: closest.map((citation) => sourceField(citation.n, citation, answer.matchedTerms)),
    footer: questionFooter(answer.question),
  };
  const first = closest[0];
  return {
    embeds: [withoutEmpty(embed)],
    components: first ? answerButtons(answer, first, 'Show closest passage') : [],
    allowedMentions: noPings(),
  };
}

function answerButtons(answer: Answer, shown: Citation, label: string): ButtonRow[] {
  const more =
    answer.citations.length > 1 + FURTHER_SOURCES_SHOWN
      ? [button('More sources', sourcesButtonId(1, answer.question), ButtonStyle.Secondary)]
      : [];
  return buttonRows([
    ...passageButtons([{ label, passageId: shown.passageId, n: shown.n }], ButtonStyle.Primary),
    ...more,
  ]);
}

export const VOTE_LABELS = { helpful: 'Helpful', notHelpful: 'Not helpful' } as const;

/** Feedback on an answer: one vote per person, changeable (feedback.ts stores it). */
function voteButtons(passageId: string) {
  return [
    button(VOTE_LABELS.helpful, voteButtonId(true, passageId), ButtonStyle.Secondary),
    button(VOTE_LABELS.notHelpful, voteButtonId(false, passageId), ButtonStyle.Secondary),
  ];
}

/** Drop empty optional parts (Discord rejects an empty fields list item or an undefined title poorly). */
function withoutEmpty(embed: APIEmbed): APIEmbed {
  const clean: APIEmbed = { ...embed };
  if (!clean.title) delete clean.title;
  if (!clean.footer) delete clean.footer;
  if (!clean.fields?.length) delete clean.fields;
  return clean;
}
