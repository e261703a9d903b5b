// Tests run in Node by default (model, workbook plan, manifest, bundles). Component tests opt
// into a DOM per file with a first-line comment: // @vitest-environment happy-dom
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    // Slow, shared CI machines: builds, engines and browsers need room before timing out.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A short Trials sheet unless a test asks for the full one (test/support/shortTrials.ts).
    setupFiles: ["test/support/shortTrials.ts"],
    // A stray .only must fail CI instead of silently skipping the rest.
    allowOnly: false,
    // Benches (bench/**/*.bench.ts) are not tests: `npm run bench` runs them with
    // bench/vitest.config.ts (one file at a time, long time-outs).
  },
});
