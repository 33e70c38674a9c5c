// Types of bench/adversarial-cases.mjs, for the TypeScript test that imports it.
export interface AdversarialCase {
  readonly name: string;
  readonly block: () => string;
}
export declare function adversarialCases(size: number, lines: number): readonly AdversarialCase[];
