import type { DocumentInfo, Plan } from '../../src/model/types.js';

/** A plan with nothing in it but what a test gives: the shape every hand-built plan starts from. */
export function emptyPlan(parts: Partial<Omit<Plan, 'document'>> & { document?: Partial<DocumentInfo> } = {}): Plan {
  const { document, ...rest } = parts;
  return {
    schemaVersion: 1,
    source: { path: null, format: 'text', sha256: '0'.repeat(64) },
    outline: [],
    objectives: [],
    contentAreas: [],
    funding: null,
    responsibilities: [],
    reporting: null,
    appendices: [],
    tasks: [],
    units: [],
    ...rest,
    document: {
      number: null,
      type: 'KH',
      typeName: 'Kế hoạch',
      issuer: null,
      place: null,
      date: null,
      title: null,
      bases: [],
      signature: null,
      recipients: [],
      carries: null,
      ...document,
    },
  };
}
