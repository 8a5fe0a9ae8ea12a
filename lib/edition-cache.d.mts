/** Types of lib/edition-cache.mjs, which Next.js loads as plain JavaScript. */
export function editionStart(moments: readonly number[], now: number): number;

declare class EditionCache {}
export default EditionCache;
