/** Messages of the catalogue (index.ts): sharing. */
export {};
