/**
 * "Download as .xlsx" on the preview page: the workbook as the preview holds it now (the
 * analyst's inputs and saved scenarios) as a real .xlsx file. The exporter and its zip
 * library are loaded on the first click (a chunk of their own), so the page's first load does
 * not carry them. Only types are imported here statically.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Model } from "@ironcalc/wasm";
import { useState } from "react";
import { previewMessages } from "../../workbook/messages/pane";
import type { WorkbookPlan } from "../../workbook/plan";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface DownloadButtonProps {
  /** The preview's engine workbook, read when the button is pressed. */
  readonly model: Model;
  readonly plan: WorkbookPlan;
}

type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "busy" }
  | { readonly kind: "done"; readonly fileName: string }
  | { readonly kind: "failed"; readonly reason: string };

/** Hands the bytes to the browser as a file download. */
function saveFile(bytes: Uint8Array, fileName: string, mimeType: string): void {
  // fflate's zip is a plain Uint8Array over an ArrayBuffer (never a SharedArrayBuffer).
  const part = bytes as Uint8Array<ArrayBuffer>;
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is no longer needed once this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function DownloadButton({ model, plan }: DownloadButtonProps): JSX.Element {
  const styles = useStyles();
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  const download = async (): Promise<void> => {
    setStatus({ kind: "busy" });
    try {
      const exporter = await import(/* webpackChunkName: "export" */ "./index");
      saveFile(
        exporter.exportWorkbook(model, plan),
        exporter.EXPORT_FILE_NAME,
        exporter.XLSX_MIME_TYPE
      );
      setStatus({ kind: "done", fileName: exporter.EXPORT_FILE_NAME });
    } catch (error) {
      setStatus({ kind: "failed", reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className={styles.root}>
      <Button disabledFocusable={status.kind === "busy"} onClick={() => void download()}>
        Download as .xlsx
      </Button>
      <Caption1 role="status" className={status.kind === "failed" ? styles.error : undefined}>
        {status.kind === "done" && previewMessages.exported(status.fileName)}
        {status.kind === "failed" && previewMessages.exportFailed(status.reason)}
      </Caption1>
    </div>
  );
}
