// Fluent's dark theme, a chunk of its own: most panes open in a light Office, and its tokens
// are a tenth of the pane's first scripts (the gate fetches it only for a dark Office).
export { webDarkTheme } from "@fluentui/react-components";
