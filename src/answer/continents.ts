/**
 * "Which African country did the US bomb", "where in Africa did they strike": a country of that continent answers, not the continent ("in Syria
 * and Africa") nor a country of another one (Syria). Which country lies where is `countries-list`'s data
 * (ISO 3166-1 codes, English names and common aliases, continents), not a list of ours.
 */
import { continents, countries } from 'countries-list';
import { analyze } from '../search/analyzer.js';
import { escapeRegExp } from '../search/reg-exp.js';
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

/** Continents by the adjective a question names them with. */
const CONTINENT_OF_ADJECTIVE: Readonly<Record<string, string>> = {
  african: 'AF',
  european: 'EU',
  asian: 'AS',
  'south american': 'SA',
  'north american': 'NA',
};

/** Continents by their names. */
const CONTINENT_OF_NAME: Readonly<Record<string, string>> = {
  africa: 'AF',
  europe: 'EU',
  asia: 'AS',
  'south america': 'SA',
  'north america': 'NA',
};

/** "Which African country", "what european nations", "in which asian countries". */
const COUNTRY_OF_CONTINENT =
  /\b(?:which|what|wat)\s+(african|european|asian|south\s+american|north\s+american)\s+(?:countr(?:y|ies)|nations?)\b/i;
/** "Which country in Africa", "where (exactly) in africa": a place of the continent, by its name. */
const PLACE_IN_CONTINENT =
  /\b(?:(?:which|what|wat)\s+(?:countr(?:y|ies)|nations?|places?|parts?)\s+(?:in|of)|where\s+(?:exactly\s+|abouts\s+)?in)\s+(africa|europe|asia|south\s+america|north\s+america)\b/i;

/**
 * Per continent code, one pattern of all its countries' names and aliases (lower case, whole words): made on
 * first use, not a pattern per name each time an excerpt is checked.
 */
let namesByContinent: Map<string, RegExp> | undefined;

function countryNames(continent: string): RegExp | undefined {
  if (!namesByContinent) {
    const names = new Map<string, string[]>(Object.keys(continents).map((code) => [code, []]));
    for (const country of Object.values(countries))
      names
        .get(country.continent)
        ?.push(...[country.name, ...(country.alias ?? [])].map((name) => escapeRegExp(name.toLowerCase())));
    namesByContinent = new Map(
      [...names].map(([code, list]) => [
        code,
        new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${list.join('|')})(?![\p{L}\p{N}])`, 'u'),
      ]),
    );
  }
  return namesByContinent.get(continent);
}

/** The continent's adjective of "which African country", as written, or undefined. */
function askedAdjective(question: string): string | undefined {
  return COUNTRY_OF_CONTINENT.exec(question)?.[1];
}

/**
 * The continent a question asks a country of ("which African country", "which country in Africa", "where
 * exactly in Africa": 'AF'), or undefined.
 */
export function continentAsked(question: string): string | undefined {
  const adjective = askedAdjective(question);
  if (adjective !== undefined) return CONTINENT_OF_ADJECTIVE[adjective.toLowerCase().replace(/\s+/g, ' ')];
  const name = PLACE_IN_CONTINENT.exec(question)?.[1];
  return name === undefined ? undefined : CONTINENT_OF_NAME[name.toLowerCase().replace(/\s+/g, ' ')];
}

/** The terms of the continent's adjective a question asks a country of ("asian"), or none. */
export function continentAdjectiveTerms(question: string): string[] {
  const adjective = askedAdjective(question);
  return adjective === undefined ? [] : analyze(adjective);
}

/** Does a question asking a country of a continent get an excerpt naming none of that continent's countries? */
export function continentCountryUnnamed(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  const continent = continentAsked(plan.asked);
  if (continent === undefined) return false;
  const names = countryNames(continent);
  return names !== undefined && !names.test(excerpt.text.toLowerCase());
}
