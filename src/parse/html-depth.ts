// Container tags nested deeper than this are blanked before parsing: hast-util-from-parse5
// recurses once per level, and 2,000 nested divs overflow the call stack (issue 14). No
// document needs more: a saved legal-document page nests about 20 deep.
const MAX_DEPTH = 256;
// Tags that only group or style content, so that dropping one keeps the text and its order.
const CONTAINER_TAG = /<(\/?)(div|span|section|article|main|center|font|b|i|u|em|strong|small|big|blockquote)\b[^>]*>/gi;

/**
 * A copy of the HTML in which container tags nested deeper than MAX_DEPTH are replaced by
 * spaces of the same length (positions stay those of the source). One pass, counting depth;
 * a closing tag blanks only if its opening tag was blanked.
 */
export function limitNesting(html: string): string {
  let depth = 0;
  let overflow = 0;
  let changed = false;
  const out = html.replace(CONTAINER_TAG, (tag: string, close: string) => {
    if (!close) {
      if (depth < MAX_DEPTH) {
        depth++;
        return tag;
      }
      overflow++;
    } else if (overflow > 0) overflow--;
    else {
      depth = Math.max(0, depth - 1);
      return tag;
    }
    changed = true;
    return ' '.repeat(tag.length);
  });
  return changed ? out : html;
}
