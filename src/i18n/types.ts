/**
 * The languages of the tool's own words (issue 21): Vietnamese by default, the language of the
 * people the plans are for; English on request. Document text is never translated.
 */
export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

export const DEFAULT_LANG: Lang = 'vi';

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/**
 * A message given by id and parameters, rendered in a language only when shown: the same
 * finding reads in Vietnamese or English, and JSON carries the id and parameters so that a
 * script never parses prose. A parameter may itself be a message (a clause that differs by
 * case) or a list of them.
 */
export interface Msg {
  readonly id: string;
  readonly params?: Params;
}

/** A text the tool's data gives in both languages (a successor's functions, a note): each language shows its own. */
export interface Texts {
  readonly vi: string;
  readonly en: string;
}

export type Param = string | number | readonly string[] | Msg | readonly Msg[] | Texts;

export type Params = Readonly<Record<string, Param>>;

/** A catalog: message id → template with named parameters (`{unit}`, `{count:plural:error|errors}`). */
export type Catalog = Readonly<Record<string, string>>;
