import type { Catalog, Lang, Msg, Param, Params, Texts } from './types.js';

/**
 * Renders a template of a catalog. A placeholder is `{name}` or `{name:kind}` or
 * `{name:kind:arg}`:
 * - `{n}` a string as it is, a number in the language's digits (1.234,5 / 1,234.5);
 * - `{d:date}` an ISO date as people of the language write it (16/12/2019 in Vietnamese; ISO in English);
 * - `{t:quote:80}` document text in quotes, shortened on a word boundary to 80 characters;
 * - `{l:list:60}` a list of document texts, each quoted, joined as the language joins them
 *   ("A, B và C" / "A, B and C"; the catalog's `list.none` when empty);
 * - `{n:plural:error|errors}` a count with the word in its form ("1 error", "3 errors");
 *   Vietnamese has one form and writes `{n} lỗi`; `{n:form:task|tasks}` the word alone;
 * - `{x:fixed:2}` a number with that many decimals (0,64 / 0.64);
 * - `{m}` a message parameter is rendered in the same language; a list of them is joined as a list;
 *   a text given in both languages (`{ vi, en }`, the tool's data) shows the language's own.
 * An unknown parameter is left as written, so a missing one shows rather than vanishes.
 */
const PLACEHOLDER = /\{(\w+)(?::(\w+)(?::([^{}]*))?)?\}/g;

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };

// Quotes in messages are cut at this many characters unless the template says otherwise: a
// finding names its text, it does not reprint it.
const DEFAULT_QUOTE = 80;

export function render(catalog: Catalog, lang: Lang, id: string, params: Params = {}): string {
  const template = catalog[id];
  if (template === undefined) return id;
  return template.replace(PLACEHOLDER, (whole, name: string, kind: string | undefined, arg: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    return renderParam(catalog, lang, value, kind, arg);
  });
}

function renderParam(catalog: Catalog, lang: Lang, value: Param, kind: string | undefined, arg: string | undefined): string {
  // A date, a quote or a list item that is not a string is shown as the default kind shows it.
  const plain = (): string => (typeof value === 'string' ? value : renderParam(catalog, lang, value, undefined, undefined));
  switch (kind) {
    case 'date':
      return formatDate(plain(), lang);
    case 'quote':
      return quote(plain(), Number(arg) || DEFAULT_QUOTE);
    case 'list': {
      const items = Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as readonly string[]) : [plain()];
      if (items.length === 0) return render(catalog, lang, 'list.none');
      return joinList(catalog, lang, items.map((i) => quote(i, Number(arg) || DEFAULT_QUOTE)));
    }
    case 'plural': {
      const n = Number(value);
      const [one = '', other = one] = (arg ?? '').split('|');
      return `${formatNumber(n, lang)} ${n === 1 ? one : other}`;
    }
    case 'form': {
      const [one = '', other = one] = (arg ?? '').split('|');
      return Number(value) === 1 ? one : other;
    }
    case 'fixed':
      return formatNumber(Number(value), lang, Number(arg) || 0);
    default:
      if (typeof value === 'number') return formatNumber(value, lang);
      if (typeof value === 'string') return value;
      if (isMsg(value)) return render(catalog, lang, value.id, value.params);
      if (isTexts(value)) return value[lang];
      return joinList(
        catalog,
        lang,
        (value as readonly (string | Msg)[]).map((v) => (typeof v === 'string' ? v : render(catalog, lang, v.id, v.params))),
      );
  }
}

function isMsg(value: Param): value is Msg {
  return typeof value === 'object' && !Array.isArray(value) && 'id' in value;
}

function isTexts(value: Param): value is Texts {
  return typeof value === 'object' && !Array.isArray(value) && 'vi' in value && 'en' in value;
}

/** "A", "A và B", "A, B và C" (the catalog's `list.and`). */
function joinList(catalog: Catalog, lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${render(catalog, lang, 'list.and')} ${items[items.length - 1]}`;
}

/** A number as the language writes it: 1.234,5 in Vietnamese, 1,234.5 in English. */
export function formatNumber(n: number, lang: Lang, decimals?: number): string {
  const digits = decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return new Intl.NumberFormat(LOCALE[lang], digits).format(n);
}

/** An ISO date as people of the language read it: 16/12/2019 in Vietnamese (NĐ 30/2020 writes dates so); ISO in English. */
export function formatDate(iso: string, lang: Lang): string {
  if (lang === 'en') return iso;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const ym = /^(\d{4})-(\d{2})$/.exec(iso);
  return ym ? `${ym[2]}/${ym[1]}` : iso;
}

/** Quotes a piece of the document in a message: shortened on a word boundary, in quotes. */
export function quote(text: string, max = DEFAULT_QUOTE): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return `"${t}"`;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `"${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')}…"`;
}

/** The names of a template's parameters, for the test that both catalogs agree. */
export function paramNames(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}
