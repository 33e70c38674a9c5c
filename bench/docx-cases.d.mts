// Types of bench/docx-cases.mjs, for the TypeScript test that imports it.
export declare function nestedTables(depth: number): Uint8Array;
export declare function basedOnChain(links: number, paragraphs: number): Uint8Array;
