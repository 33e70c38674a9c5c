import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { toJson, toYaml } from '../../src/format/data.js';

const TERMINAL_ACTIVE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe('json and yaml output', () => {
  const data = [{ id: 'I.1', description: 'a\x1b]0;t\x07b\x9b2Jc\u202ed', lead: ['Sở TT&TT'] }];

  it('keep the data exactly (they read back equal)', async () => {
    expect(JSON.parse(toJson(data))).toEqual(data);
    expect(parse(await toYaml(data))).toEqual(data);
  });

  it('print no character a terminal would act on', async () => {
    expect(toJson(data)).not.toMatch(TERMINAL_ACTIVE);
    expect((await toYaml(data)).replace(/\n/g, '')).not.toMatch(TERMINAL_ACTIVE);
  });

  it('leave Vietnamese text readable', async () => {
    expect(toJson({ a: 'Sở Văn hóa' })).toContain('Sở Văn hóa');
    expect(await toYaml({ a: 'Sở Văn hóa' })).toBe('a: Sở Văn hóa\n');
  });

  it('round-trip any string and stay inert (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 60 }), async (s) => {
        const j = toJson({ s });
        expect(JSON.parse(j)).toEqual({ s });
        expect(j.replace(/\n/g, '')).not.toMatch(TERMINAL_ACTIVE);
        const y = await toYaml({ s });
        expect(parse(y)).toEqual({ s });
        expect(y.replace(/\n/g, '')).not.toMatch(TERMINAL_ACTIVE);
      }),
      { numRuns: 300 },
    );
  });
});
