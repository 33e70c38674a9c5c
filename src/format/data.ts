import { loadYaml } from '../yaml.js';

/**
 * json and yaml carry the same data, unchanged: nothing is stripped, so a script sees what the
 * document says. What a terminal could act on is escaped instead (issue 7, "Safe output"):
 * JSON.stringify escapes C0 controls and the yaml package writes ESC as "\e", but both leave
 * DEL, the C1 controls (U+009B is an 8-bit CSI) and the bidi overrides raw, so those become
 * \uXXXX escapes, which both formats read back as the same character.
 */
const RAW = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const HAS_RAW = new RegExp(RAW.source);
const escapeRaw = (text: string): string => text.replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function toJson(data: unknown): string {
  return `${escapeRaw(JSON.stringify(data, null, 2))}\n`;
}

/** Loaded on demand: most runs never print YAML, and start-up time matters (DESIGN.md). */
export async function toYaml(data: unknown): Promise<string> {
  const { Document, visit } = await loadYaml();
  // No anchors and aliases: scripts expect every task to carry its own group object.
  const doc = new Document(data, { aliasDuplicateObjects: false });
  // \u escapes exist only in double-quoted scalars: quote those that need one.
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && HAS_RAW.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return escapeRaw(doc.toString({ lineWidth: 0 }));
}
