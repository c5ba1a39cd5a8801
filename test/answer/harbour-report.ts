/**
 * A two-paragraph article for tests of how a question is framed (a demand for the source, a half-remembered
 * line, a reply quoting another member): the fine and its cause in one passage, the boats turned away in the
 * other.
 */
export const HARBOUR_REPORT = [
  '# Harbour report',
  '',
  'The harbour keeper was fined two hundred pounds last month after a fishing boat sank at its mooring ' +
    'during the autumn storm, because the council found that the mooring chains had not been checked for years.',
  '',
  'Since the storm the harbour has turned away forty boats, most of them visiting yachts, and the council ' +
    'says that the new chains will not be fitted before the spring tides, when the divers can work safely.',
].join('\n');
