import type { Catalog, Lang, Msg, Params } from './types.js';
import type { MessageId } from './ids.js';
import { englishCatalog } from './en.js';
import { vietnameseCatalog } from './vi.js';
import { render } from './format.js';

export { LANGS, DEFAULT_LANG, isLang, type Lang, type Msg, type Params, type Catalog, type Texts } from './types.js';
export type { MessageId } from './ids.js';
export { formatDate, formatNumber } from './format.js';
export { sizeMsg } from './size.js';

const made: { vi?: Catalog; en?: Catalog } = {};

/** Each language's catalog, made on first use: a run reads one of them. */
export const CATALOGS: Readonly<Record<Lang, Catalog>> = {
  get vi() {
    return (made.vi ??= vietnameseCatalog());
  },
  get en() {
    return (made.en ??= englishCatalog());
  },
};

/** The message `id` with its parameters, in `lang`. */
export function t(lang: Lang, id: MessageId, params?: Params): string {
  return render(CATALOGS[lang], lang, id, params);
}

/** A message to render later, in the language the user chose. */
export function msg(id: MessageId, params?: Params): Msg {
  return params ? { id, params } : { id };
}

/** A message built elsewhere (a Diagnostic's messageId and params), in `lang`. */
export function renderMsg(lang: Lang, m: Msg): string {
  return render(CATALOGS[lang], lang, m.id, m.params);
}
