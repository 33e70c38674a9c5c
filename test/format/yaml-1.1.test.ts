/**
 * Issue 14, item 7: YAML output quotes the strings a YAML 1.1 reader (PyYAML, the most common
 * reader of YAML in scripts) would take for a boolean, a number, a date, a merge key or a
 * value key. The yaml package writes YAML 1.2, where these are plain strings, so it left them
 * unquoted and PyYAML read `on` as True and `1:20` as 80.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { isYaml11Implicit, toYaml } from '../../src/format/data.js';

// Each is a string in the document, and each is something else to a YAML 1.1 reader.
const TAKEN_FOR_OTHER_TYPES = [
  'yes', 'Yes', 'NO', 'on', 'Off', 'y', 'N', 'true', // booleans
  '0b101', '1_000', '017', '0x1F', '1:20', '190:20:30', '-12', '09', '0_', // integers (binary, underscores, octal, hex, base 60)
  '1.5', '1_000.5', '.5', '.', '1.', '6.8523015e+5', '1e3', '.inf', '-.Inf', '.NaN', '1:20.5', // floats
  '2020-12-10', '2020-1-5', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5', // timestamps
  '<<', '=', '~', 'null', // merge key, value key, null
];
// Strings a plan holds that no YAML reader takes for anything else: left plain, to stay readable.
const PLAIN = ['I.1', '1.1.2', 'Sở TT&TT', 'Quý I/2020', '10/12', '2020-2021', 'NaN', 'yes sir', 'năm 2020', '12/2020', '0o17x'];

describe('YAML output for YAML 1.1 readers', () => {
  it('recognises every implicit form of YAML 1.1, and nothing else', () => {
    for (const s of TAKEN_FOR_OTHER_TYPES) expect(isYaml11Implicit(s), s).toBe(true);
    for (const s of PLAIN) expect(isYaml11Implicit(s), s).toBe(false);
  });

  it('quotes them, in values and in keys, so that they read back as the same strings in YAML 1.1 and 1.2', async () => {
    const data = { values: TAKEN_FOR_OTHER_TYPES, extra: { yes: 'on', '<<': '1:20' }, plain: PLAIN };
    const yaml = await toYaml(data);
    expect(yaml).toContain('  - "on"\n');
    expect(yaml).toContain('  - "1:20"\n');
    expect(yaml).toContain('  - "2020-12-10"\n');
    expect(yaml).toContain('  - "<<"\n');
    expect(yaml).toContain('  "yes": "on"\n');
    expect(yaml).toContain('  - I.1\n');
    expect(yaml).toContain('  - Sở TT&TT\n');
    expect(parse(yaml, { version: '1.1' })).toEqual(data);
    expect(parse(yaml)).toEqual(data);
  });

  it('reads back every string equal in YAML 1.1 (property)', async () => {
    const scalar = fc.oneof(fc.constantFrom(...TAKEN_FOR_OTHER_TYPES, ...PLAIN), fc.stringMatching(/^[-+.:_<=~0-9a-fA-FxobyYnN ]{0,12}$/));
    await fc.assert(
      fc.asyncProperty(fc.array(scalar, { maxLength: 8 }), async (list) => {
        expect(parse(await toYaml({ list }), { version: '1.1' })).toEqual({ list });
      }),
      { numRuns: 300 },
    );
  });
});
