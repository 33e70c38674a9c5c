export async function readPdf(_b: Uint8Array, _f: string | null): Promise<never> { throw new Error('todo'); }
