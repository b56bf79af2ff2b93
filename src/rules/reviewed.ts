/**
 * The date the developers last checked every rule (src/rules/catalogue) against the stored text of its source. It
 * is not a lawyer's review: none has happened yet, and the screens say so.
 */
export const REVIEWED = '2026-11-23';
