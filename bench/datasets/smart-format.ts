/**
 * The SMART-style layout of the classic collections (Cranfield, CISI): a record starts at `.I <id>`, and
 * `.T`, `.A`, `.B`, `.W`, `.X`... lines open fields whose text runs to the next marker. A few Cranfield
 * records repeat a marker (docs 240, 576): repeated fields are joined rather than overwritten.
 */
export interface SmartRecord {
  id: string;
  fields: Map<string, string>;
}

const MARKER = /^\.([A-Z])(?:\s+(.*))?$/;

export function parseSmartRecords(content: string): SmartRecord[] {
  const records: SmartRecord[] = [];
  let current: SmartRecord | undefined;
  let field: string | undefined;
  const append = (text: string) => {
    if (!current || !field) return;
    const before = current.fields.get(field);
    current.fields.set(field, before === undefined ? text : `${before}\n${text}`);
  };
  for (const line of content.split(/\r?\n/)) {
    const marker = MARKER.exec(line);
    if (marker) {
      const [, letter, rest = ''] = marker;
      if (letter === 'I') {
        current = { id: rest.trim(), fields: new Map() };
        records.push(current);
        field = undefined;
        continue;
      }
      field = letter;
      // Some CISI markers carry text on the same line (`.T Title`); most carry nothing.
      if (rest.trim()) append(rest.trim());
      continue;
    }
    append(line);
  }
  return records;
}

/** A field's text with its hard line breaks and runs of spaces folded into single spaces. */
export function fieldText(record: SmartRecord, letter: string): string {
  return (record.fields.get(letter) ?? '').replace(/\s+/g, ' ').trim();
}
