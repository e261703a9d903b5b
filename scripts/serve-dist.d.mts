// Types for serve-dist.mjs (plain JS so `npm run serve:dist` runs on bare Node), used by the tests.
export const CONTENT_TYPES: Record<string, string>;
