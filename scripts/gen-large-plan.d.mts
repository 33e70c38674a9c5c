// Types of scripts/gen-large-plan.mjs, for the TypeScript tests that import it.
export declare const SAMPLE_PATH: string;
export interface SampleTable {
  readonly head: string[];
  readonly columns: number;
  readonly groups: { title: string }[];
  readonly tasks: { cells: string[]; continuation: string[] }[];
  readonly tail: string[];
}
export declare function readSampleTable(text: string): SampleTable;
export declare function groupLayout(n: number, sampleGroups: number): { sizes: number[]; parts: boolean };
export declare function generateLargePlan(n: number, options?: { sample?: string }): string;
