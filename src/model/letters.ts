/**
 * The character classes of the tool's regular expressions, in place of Unicode property escapes
 * (\p{L}, \p{Lu}, \p{Ll}, \p{N}, \p{M}). Each is the property within the Unicode blocks
 * Vietnamese is written in, so the classes stay small: V8 compiles a regular expression holding
 * \p{L} (684 ranges) in 0.6 ms and one holding [\p{L}\p{N}] with the i flag in 1.1 ms, against
 * 0.03 ms for LETTER; start-up compiles about a hundred of them, which took a third of the time
 * `plan tasks` spends on the sample (issue 19). A letter of another script (Greek, Cyrillic,
 * Chinese) counts as a symbol: plans name foreign bodies in Vietnamese or Latin letters.
 *
 * Use them inside a class, which lets them combine: new RegExp(String.raw`[${LETTER}${NUMBER}]+`, 'gu').
 * test/model/letters.test.ts checks each against its property.
 */

/**
 * The blocks of the letters: Basic Latin, Latin-1 Supplement, Latin Extended-A and -B (ă â đ
 * ê ô ơ ư and the letters of foreign names), and Latin Extended Additional (the letters with a
 * tone mark: ạ ả ấ … ỹ).
 */
export const LETTER_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f],
  [0x1e00, 0x1eff],
];

/**
 * The blocks of NUMBER: the letter blocks (digits, ² ³ ¹ ¼ ½ ¾), Superscripts and Subscripts,
 * Number Forms (Roman numerals written as one character: Ⅳ) and Enclosed Alphanumerics (①),
 * which word processors put in numbered lists.
 */
export const NUMBER_BLOCKS: readonly (readonly [number, number])[] = [
  ...LETTER_BLOCKS,
  [0x2070, 0x209f],
  [0x2150, 0x218f],
  [0x2460, 0x24ff],
];

/**
 * The blocks of combining marks, whole: Combining Diacritical Marks (the tone marks of text in
 * decomposed form, NFD), their Extended and Supplement blocks, those for Symbols, and Half Marks.
 */
export const MARK_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];

/** \p{L} within LETTER_BLOCKS. */
export const LETTER = String.raw`A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff`;

/** \p{Lu} within LETTER_BLOCKS. */
export const UPPER = [
  String.raw`A-Z\u00c0-\u00d6\u00d8-\u00de\u0100\u0102\u0104\u0106\u0108\u010a\u010c\u010e\u0110\u0112`,
  String.raw`\u0114\u0116\u0118\u011a\u011c\u011e\u0120\u0122\u0124\u0126\u0128\u012a\u012c\u012e\u0130`,
  String.raw`\u0132\u0134\u0136\u0139\u013b\u013d\u013f\u0141\u0143\u0145\u0147\u014a\u014c\u014e\u0150`,
  String.raw`\u0152\u0154\u0156\u0158\u015a\u015c\u015e\u0160\u0162\u0164\u0166\u0168\u016a\u016c\u016e`,
  String.raw`\u0170\u0172\u0174\u0176\u0178\u0179\u017b\u017d\u0181\u0182\u0184\u0186\u0187`,
  String.raw`\u0189-\u018b\u018e-\u0191\u0193\u0194\u0196-\u0198\u019c\u019d\u019f\u01a0\u01a2\u01a4`,
  String.raw`\u01a6\u01a7\u01a9\u01ac\u01ae\u01af\u01b1-\u01b3\u01b5\u01b7\u01b8\u01bc\u01c4\u01c7`,
  String.raw`\u01ca\u01cd\u01cf\u01d1\u01d3\u01d5\u01d7\u01d9\u01db\u01de\u01e0\u01e2\u01e4\u01e6\u01e8`,
  String.raw`\u01ea\u01ec\u01ee\u01f1\u01f4\u01f6-\u01f8\u01fa\u01fc\u01fe\u0200\u0202\u0204\u0206`,
  String.raw`\u0208\u020a\u020c\u020e\u0210\u0212\u0214\u0216\u0218\u021a\u021c\u021e\u0220\u0222\u0224`,
  String.raw`\u0226\u0228\u022a\u022c\u022e\u0230\u0232\u023a\u023b\u023d\u023e\u0241\u0243-\u0246`,
  String.raw`\u0248\u024a\u024c\u024e\u1e00\u1e02\u1e04\u1e06\u1e08\u1e0a\u1e0c\u1e0e\u1e10\u1e12\u1e14`,
  String.raw`\u1e16\u1e18\u1e1a\u1e1c\u1e1e\u1e20\u1e22\u1e24\u1e26\u1e28\u1e2a\u1e2c\u1e2e\u1e30\u1e32`,
  String.raw`\u1e34\u1e36\u1e38\u1e3a\u1e3c\u1e3e\u1e40\u1e42\u1e44\u1e46\u1e48\u1e4a\u1e4c\u1e4e\u1e50`,
  String.raw`\u1e52\u1e54\u1e56\u1e58\u1e5a\u1e5c\u1e5e\u1e60\u1e62\u1e64\u1e66\u1e68\u1e6a\u1e6c\u1e6e`,
  String.raw`\u1e70\u1e72\u1e74\u1e76\u1e78\u1e7a\u1e7c\u1e7e\u1e80\u1e82\u1e84\u1e86\u1e88\u1e8a\u1e8c`,
  String.raw`\u1e8e\u1e90\u1e92\u1e94\u1e9e\u1ea0\u1ea2\u1ea4\u1ea6\u1ea8\u1eaa\u1eac\u1eae\u1eb0\u1eb2`,
  String.raw`\u1eb4\u1eb6\u1eb8\u1eba\u1ebc\u1ebe\u1ec0\u1ec2\u1ec4\u1ec6\u1ec8\u1eca\u1ecc\u1ece\u1ed0`,
  String.raw`\u1ed2\u1ed4\u1ed6\u1ed8\u1eda\u1edc\u1ede\u1ee0\u1ee2\u1ee4\u1ee6\u1ee8\u1eea\u1eec\u1eee`,
  String.raw`\u1ef0\u1ef2\u1ef4\u1ef6\u1ef8\u1efa\u1efc\u1efe`
].join('');

/** \p{Ll} within LETTER_BLOCKS. */
export const LOWER = [
  String.raw`a-z\u00b5\u00df-\u00f6\u00f8-\u00ff\u0101\u0103\u0105\u0107\u0109\u010b\u010d\u010f\u0111`,
  String.raw`\u0113\u0115\u0117\u0119\u011b\u011d\u011f\u0121\u0123\u0125\u0127\u0129\u012b\u012d\u012f`,
  String.raw`\u0131\u0133\u0135\u0137\u0138\u013a\u013c\u013e\u0140\u0142\u0144\u0146\u0148\u0149\u014b`,
  String.raw`\u014d\u014f\u0151\u0153\u0155\u0157\u0159\u015b\u015d\u015f\u0161\u0163\u0165\u0167\u0169`,
  String.raw`\u016b\u016d\u016f\u0171\u0173\u0175\u0177\u017a\u017c\u017e-\u0180\u0183\u0185\u0188`,
  String.raw`\u018c\u018d\u0192\u0195\u0199-\u019b\u019e\u01a1\u01a3\u01a5\u01a8\u01aa\u01ab\u01ad`,
  String.raw`\u01b0\u01b4\u01b6\u01b9\u01ba\u01bd-\u01bf\u01c6\u01c9\u01cc\u01ce\u01d0\u01d2\u01d4`,
  String.raw`\u01d6\u01d8\u01da\u01dc\u01dd\u01df\u01e1\u01e3\u01e5\u01e7\u01e9\u01eb\u01ed\u01ef\u01f0`,
  String.raw`\u01f3\u01f5\u01f9\u01fb\u01fd\u01ff\u0201\u0203\u0205\u0207\u0209\u020b\u020d\u020f\u0211`,
  String.raw`\u0213\u0215\u0217\u0219\u021b\u021d\u021f\u0221\u0223\u0225\u0227\u0229\u022b\u022d\u022f`,
  String.raw`\u0231\u0233-\u0239\u023c\u023f\u0240\u0242\u0247\u0249\u024b\u024d\u024f\u1e01\u1e03`,
  String.raw`\u1e05\u1e07\u1e09\u1e0b\u1e0d\u1e0f\u1e11\u1e13\u1e15\u1e17\u1e19\u1e1b\u1e1d\u1e1f\u1e21`,
  String.raw`\u1e23\u1e25\u1e27\u1e29\u1e2b\u1e2d\u1e2f\u1e31\u1e33\u1e35\u1e37\u1e39\u1e3b\u1e3d\u1e3f`,
  String.raw`\u1e41\u1e43\u1e45\u1e47\u1e49\u1e4b\u1e4d\u1e4f\u1e51\u1e53\u1e55\u1e57\u1e59\u1e5b\u1e5d`,
  String.raw`\u1e5f\u1e61\u1e63\u1e65\u1e67\u1e69\u1e6b\u1e6d\u1e6f\u1e71\u1e73\u1e75\u1e77\u1e79\u1e7b`,
  String.raw`\u1e7d\u1e7f\u1e81\u1e83\u1e85\u1e87\u1e89\u1e8b\u1e8d\u1e8f\u1e91\u1e93\u1e95-\u1e9d`,
  String.raw`\u1e9f\u1ea1\u1ea3\u1ea5\u1ea7\u1ea9\u1eab\u1ead\u1eaf\u1eb1\u1eb3\u1eb5\u1eb7\u1eb9\u1ebb`,
  String.raw`\u1ebd\u1ebf\u1ec1\u1ec3\u1ec5\u1ec7\u1ec9\u1ecb\u1ecd\u1ecf\u1ed1\u1ed3\u1ed5\u1ed7\u1ed9`,
  String.raw`\u1edb\u1edd\u1edf\u1ee1\u1ee3\u1ee5\u1ee7\u1ee9\u1eeb\u1eed\u1eef\u1ef1\u1ef3\u1ef5\u1ef7`,
  String.raw`\u1ef9\u1efb\u1efd\u1eff`
].join('');

/** \p{N} within NUMBER_BLOCKS. */
export const NUMBER = String.raw`0-9\u00b2\u00b3\u00b9\u00bc-\u00be\u2070\u2074-\u2079\u2080-\u2089\u2150-\u2182\u2185-\u2189\u2460-\u249b\u24ea-\u24ff`;

/** The MARK_BLOCKS (unassigned places in them included: they hold no other character). */
export const MARK = String.raw`\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f`;

const ANY_LETTER = new RegExp(`[${LETTER}]`, 'u');
const NOT_LETTER = new RegExp(`[^${LETTER}]`, 'gu');

/** Text whose first character, as written (no space trimmed), is an upper-case letter. */
export const STARTS_UPPER = new RegExp(String.raw`^[${UPPER}]`, 'u');

/** Text whose first character, as written (no space trimmed), is a lower-case letter. */
export const STARTS_LOWER = new RegExp(String.raw`^[${LOWER}]`, 'u');

/** Whether the text holds a letter. */
export function hasLetter(text: string): boolean {
  return ANY_LETTER.test(text);
}

/** The letters of the text, nothing else ("KH-UBND" → "KHUBND"). */
export function lettersOf(text: string): string {
  return text.replace(NOT_LETTER, '');
}
