/** Messages of the catalogue (index.ts): office. */
export {};
