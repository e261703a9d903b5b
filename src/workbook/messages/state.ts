/** Messages of the catalogue (index.ts): state. */
export {};
