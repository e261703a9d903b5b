// Types for make-icons.mjs (plain JS so it runs on bare Node), used by the tests.
export const ICON_SIZES: number[];
export const OUTLINE_ICON: { file: string; size: number };
export function drawIcon(size: number, color?: number[]): Buffer;
