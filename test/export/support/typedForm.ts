/**
 * A formula as typed, from the form Excel stores in a file, written apart from the exporter:
 * the _xlfn. and _xlws. prefixes removed, _xlpm.name back to name, and an optional parameter's
 * declaration _xlop.name back to [name].
 */
export function typedForm(stored: string): string {
  return stored
    .replace(/_xlop\.([A-Za-z_][\w.]*)/g, "[$1]")
    .replace(/_xlfn\._xlws\./g, "")
    .replace(/_xlfn\./g, "")
    .replace(/_xlpm\./g, "");
}
