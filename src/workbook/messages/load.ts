/** Messages of the catalogue (index.ts): load. */
export {};
