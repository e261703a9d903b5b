/** Messages of the catalogue (index.ts): scenarios. */
export {};
