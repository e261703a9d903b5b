/**
 * `npm run bench`: the bench files run as ordinary vitest files, one after another (never in
 * parallel, so cases do not compete for the two cores), with long time-outs.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["bench/**/*.bench.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
