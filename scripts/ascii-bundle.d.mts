// Types of scripts/ascii-bundle.mjs, for the TypeScript tests that import it.
export interface RawSourceMap {
  version: number;
  sources: string[];
  names: string[];
  mappings: string;
  [key: string]: unknown;
}
export declare function asciiBundle(code: string, map: RawSourceMap | null): { code: string; map: RawSourceMap | null };
