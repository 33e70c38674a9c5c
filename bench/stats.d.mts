// Types of bench/stats.mjs, for the TypeScript tests that import it.
export declare function median(xs: readonly number[]): number;
export declare function growthExponent(points: readonly { x: number; y: number }[]): number;
