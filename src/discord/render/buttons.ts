/**
 * Buttons, in one place: the one builder, the rows they sit in, and one "Passage" button per passage (Discord
 * refuses a message whose buttons share a custom id). What a button's custom id holds is custom-ids.ts's job.
 */
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { passageButtonId } from './custom-ids.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;
type Style = ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger;

export function button(label: string, customId: string, style: Style): APIButtonComponent {
  return { type: ComponentType.Button, style, label, custom_id: customId };
}

/** Each non-empty group of buttons as an action row. */
export function buttonRows(...groups: readonly APIButtonComponent[][]): ButtonRow[] {
  return groups
    .filter((buttons) => buttons.length > 0)
    .map((components) => ({ type: ComponentType.ActionRow, components }));
}

/** A passage to offer a button for: `n`, the citation number, stands in for an id too long for a custom id. */
export interface PassageButton {
  label: string;
  passageId: string;
  n?: number;
}

/** One button per passage: passages whose custom id is taken already, or cannot be made, get none. */
export function passageButtons(passages: readonly PassageButton[], style: Style): APIButtonComponent[] {
  const seen = new Set<string>();
  return passages.flatMap(({ label, passageId, n }) => {
    const customId = passageButtonId(passageId, n);
    if (!customId || seen.has(customId)) return [];
    seen.add(customId);
    return [button(label, customId, style)];
  });
}
