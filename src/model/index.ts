/** src/model: the article's figures, the finance functions and the scenario. Pure: no Office, React or DOM. */
export * from "./errors";
export * from "./figures";
export * from "./finance";
export * from "./format";
export * from "./scenario";
export type { Unit } from "./units";
export { lnOnePlusOverX, xOverExpMinusOne } from "./precise";
export * from "./hdr";
export * from "./cases";
export * from "./sensitivity";
export * from "./twoWay";
export * from "./goalSeek";
export * from "./distributions";
export * from "./percentile";
export * from "./simulation";
