// Types of bench/line-cases.mjs, for the TypeScript test that imports it.
export declare const HEAD: string;
export declare function brokenParagraphs(n: number): string;
export declare function shortLines(n: number, capitals: boolean): string;
export declare function itemsOnOneLine(n: number): string;
export declare function spaceTable(n: number): string;
export declare function lonelyHeaders(n: number): string;
export declare function tabbedPage(n: number): string;
export declare function htmlTable(n: number): string;
export declare function htmlParagraphs(n: number): string;
