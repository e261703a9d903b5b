/**
 * Sharing controls whose code loads on first use. "Prepare for sharing" and "Restore add-in
 * formulas" bring a formula tokenizer and the whole swap-out logic (about 20 KB gzipped) that
 * an analyst needs rarely; the hosts import it with a dynamic import() so the task pane's first
 * load stays small (bench/bundles). The pane asks for the status soon after it opens, which
 * fetches the code in the background once the pane is already usable.
 */
import type { SharingControls } from "./host";

export function sharingOnDemand(load: () => Promise<SharingControls>): SharingControls {
  let loading: Promise<SharingControls> | undefined;
  const controls = (): Promise<SharingControls> => {
    // A failed fetch (the server went away) is tried again on the next click, not remembered.
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return {
    status: async () => (await controls()).status(),
    prepareForSharing: async () => (await controls()).prepareForSharing(),
    restoreAddinFormulas: async () => (await controls()).restoreAddinFormulas(),
  };
}
