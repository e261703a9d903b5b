// Generates the add-in's PNG icons (assets/icon-<size>.png) with pngjs.
// WHY a script: the icons are derived, not hand-drawn, so any size the manifest or a store
// needs can be regenerated identically (`node scripts/make-icons.mjs`) and reviewed as code.
// The glyph is a three-bar chart in Fluent's brand blue (#0F6CBD) on a transparent background,
// readable at 16 px on the ribbon and at 128 px in a store listing. The app package of the
// unified manifest (manifest.json) also needs a 192 px colour icon and a 32 px outline icon:
// the same bars in white on transparent, as that schema asks of an outline icon.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";

export const ICON_SIZES = [16, 32, 64, 80, 128, 192];
/** The unified manifest's outline icon: white glyph, transparent background, 32 px. */
export const OUTLINE_ICON = { file: "icon-outline-32.png", size: 32 };
const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];

/** Bars as fractions of the icon: [left, width, height from the baseline]. */
const BARS = [
  [0.1, 0.22, 0.45],
  [0.39, 0.22, 0.7],
  [0.68, 0.22, 0.95],
];
const BASELINE = 0.94; // fraction of the height where the bars stand (a 1 px axis sits under them)

/** Draws one icon and returns its PNG bytes. Pure: same size and colour in, same bytes out. */
export function drawIcon(size, color = BLUE) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  png.data.fill(0); // transparent
  const paint = (x, y) => {
    const i = (y * size + x) * 4;
    png.data[i] = color[0];
    png.data[i + 1] = color[1];
    png.data[i + 2] = color[2];
    png.data[i + 3] = 255;
  };
  const base = Math.min(size - 1, Math.round(size * BASELINE));
  for (const [left, width, height] of BARS) {
    const x0 = Math.round(size * left);
    const x1 = Math.max(x0 + 1, Math.round(size * (left + width)));
    const y0 = Math.round(base - size * height * (BASELINE - 0.04));
    for (let y = Math.max(0, y0); y < base; y++) for (let x = x0; x < x1; x++) paint(x, y);
  }
  for (let x = 0; x < size; x++) paint(x, base); // axis line
  return PNG.sync.write(png);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
  const outline = path.join(outDir, OUTLINE_ICON.file);
  fs.writeFileSync(outline, drawIcon(OUTLINE_ICON.size, WHITE));
  console.log(`wrote ${path.relative(process.cwd(), outline)}`);
}
