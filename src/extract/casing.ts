import { foldKey } from '../input/keys.js';

// Administrative units keep the common noun in lower case and the proper name capitalised
// (NĐ 30/2020 Phụ lục II: "tỉnh Hà Tĩnh").
// ("quận" is left out: folded it is "quan", as in "cơ quan".)
const PLACE_NOUNS = ['tinh', 'thanh pho', 'huyen', 'thi xa', 'xa', 'phuong', 'thi tran'];

/**
 * Turns a name printed in capitals ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP") into the case used in
 * running text ("Ủy ban nhân dân tỉnh Đồng Tháp"): the first word capitalised, the words after
 * an administrative-unit noun capitalised as a proper name, the rest in lower case.
 */
export function sentenceCase(upper: string): string {
  const words = upper.trim().split(/\s+/);
  const out: string[] = [];
  let proper = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const lower = w.toLocaleLowerCase('vi');
    if (i === 0) out.push(capitalise(lower));
    else if (proper) out.push(capitalise(lower));
    else out.push(lower);
    const two = foldKey(`${words[i - 1] ?? ''} ${w}`);
    if (PLACE_NOUNS.includes(foldKey(w)) || PLACE_NOUNS.includes(two)) proper = true;
  }
  return out.join(' ');
}

export function capitalise(w: string): string {
  return w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
}

/** Whether a text is written in capitals (it has letters and none of them is lower case). */
export function isUpperCase(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');
}
