// Webpack for the add-in: ONE shared-runtime page (taskpane.html) that loads both the task pane
// and the custom functions, as the manifest's Runtime/Page/FunctionFile resid demands.
//
//   npm run build       production, both manifests' URLs rewritten to ADDIN_BASE_URL (if given)
//   npm run build:dev   development build
//   npm run dev-server  https://localhost:3000 (http when no trusted certificate, see devServer())
//
// Kept as small functions (entries, plugins, devServer) so a new page is one entry + one plugin.

const { execFile } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** The URL every development manifest URL starts with (manifest.xml). */
const DEV_BASE_URL = "https://localhost:3000/";
// ADDIN_DEV_PORT: scripts/start.mjs moves the server for checks; Office itself expects 3000.
const DEV_PORT = Number(
  process.env.ADDIN_DEV_PORT || process.env.npm_package_config_dev_server_port || 3000
);
const DIST = path.resolve(__dirname, "dist");

/** Entry points. Each page picks its entries by name in pages() below. */
function entries() {
  return {
    taskpane: "./src/taskpane/index.tsx",
    functions: "./src/functions/functions.ts",
    // The preview (no Excel): the same pane on IronCalc. Its own entry and page, so the engine
    // never enters the add-in's bundles (test/preview/bundles.test.ts checks that).
    preview: "./src/preview/index.tsx",
  };
}

/** HTML pages written to dist/. */
function pages() {
  return [
    // The shared runtime: task pane + functions on one page. The functions chunk is listed so
    // Excel's shared runtime gets CustomFunctions.associate(...) when the page loads.
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane", "functions"],
    }),
    // SupportUrl / LearnMoreUrl target: a static page so those manifest URLs never 404.
    new HtmlWebpackPlugin({
      filename: "support.html",
      inject: false,
      chunks: [],
      templateContent:
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AI Cost Scenarios help</title></head>' +
        "<body><h1>AI Cost Scenarios</h1><p>Open the pane from Excel's Home tab (AI Cost group), " +
        "or type <code>=AICOST.</code> in a cell to see the functions. See the project README for details.</p></body></html>",
    }),
    // The preview page: no office.js, no functions bundle; the engine's .wasm is an asset file.
    new HtmlWebpackPlugin({
      filename: "preview.html",
      template: "./src/preview/preview.html",
      chunks: ["preview"],
    }),
  ];
}

/**
 * Each page's initial scripts hold only what that page uses: one vendor chunk per page (the
 * libraries its entry imports) and the page's own code in its entry chunk. WHY not one vendor
 * chunk for all pages: taskpane.html would then load what only the preview uses (its sheet tabs:
 * react-tabs and tabster's arrow-key modules), and the task pane's first load is what Excel
 * waits for (bench/bundles). Code both pages use is in both pages' files; each page loads one.
 * The engine (@ironcalc) is imported by the preview only, so it never reaches `vendors`
 * (test/preview/bundles.test.ts checks).
 */
function pageChunkGroups() {
  const vendorsOf = (entry, name) => ({
    test: /[\\/]node_modules[\\/]/,
    // Entry chunks only: a library used only by code loaded on demand (the sharing code's
    // tokenizer, the preview's .xlsx export and its zip library) stays in that code's chunk.
    chunks: (chunk) => chunk.name === entry,
    name,
    // Above webpack's defaultVendors (-10), which would otherwise take a library both pages
    // use into a third, shared file that the add-in loads as well.
    priority: 0,
  });
  return {
    vendors: vendorsOf("taskpane", "vendors"),
    previewVendors: vendorsOf("preview", "preview-vendors"),
    // Webpack's default group, but for chunks loaded on demand only: code those chunks share
    // (the sharing code, reached from both hosts) stays one file; the pages' own code is not
    // split off into a file shared by both pages (an extra request and a worse gzip).
    default: { chunks: "async", minChunks: 2, priority: -20, reuseExistingChunk: true },
  };
}

/**
 * The production base URL for the manifest. WHY env and not a constant: the same commit deploys
 * to different hosts; ADDIN_BASE_URL=https://example.com/addin/ npm run build. Without it, dist
 * keeps https://localhost:3000/ (good for local sideloading of a production build).
 */
function productionBaseUrl(env) {
  const raw = env.ADDIN_BASE_URL || process.env.ADDIN_BASE_URL || "";
  if (!raw) return DEV_BASE_URL;
  const url = new URL(raw); // throws on a malformed URL: better than a broken manifest
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_BASE_URL must be https (Office requires it): ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Dev server protocol. Office needs https with a TRUSTED certificate; office-addin-dev-certs makes
 * and trusts one on Windows/macOS (it may ask for a password there, as in the official templates).
 * On Linux it would call `sudo` (a prompt, or a failure without sudo), so we only use certificates
 * that are already trusted and otherwise serve plain http, which is enough for browsers/tests.
 * ADDIN_DEV_PROTOCOL=http|https forces a choice.
 */
async function devServerOptions() {
  const forced = process.env.ADDIN_DEV_PROTOCOL;
  const http = { type: "http" };
  if (forced === "http") return http;
  try {
    const devCerts = require("office-addin-dev-certs");
    const desktop = process.platform === "win32" || process.platform === "darwin";
    if (forced !== "https" && !desktop && !devCerts.isCaCertificateInstalled()) {
      console.warn(
        "[dev-server] no trusted dev certificate: serving http. Run `npx office-addin-dev-certs install` for https."
      );
      return http;
    }
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (err) {
    console.warn(`[dev-server] https certificates unavailable (${err.message}): serving http.`);
    return http;
  }
}

/**
 * Writes dist/manifest.json: the repo's unified manifest rebased to `baseUrl`, with the functions
 * of the functions.json this build generates (scripts/unified-manifest.mjs says why).
 */
class UnifiedManifestPlugin {
  constructor(baseUrl, buildUnifiedManifest) {
    this.baseUrl = baseUrl;
    this.buildUnifiedManifest = buildUnifiedManifest;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    const source = path.resolve(__dirname, "manifest.json");
    compiler.hooks.thisCompilation.tap("UnifiedManifestPlugin", (compilation) => {
      compilation.fileDependencies.add(source);
      compilation.hooks.processAssets.tap(
        { name: "UnifiedManifestPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const functionsJson = compilation.getAsset("functions.json");
          if (!functionsJson) {
            compilation.errors.push(new WebpackError("manifest.json: no functions.json to copy"));
            return;
          }
          const text = this.buildUnifiedManifest(
            fs.readFileSync(source, "utf8"),
            this.baseUrl,
            functionsJson.source.source().toString()
          );
          compilation.emitAsset("manifest.json", new sources.RawSource(text));
        }
      );
    });
  }
}

/**
 * Emits dist/article-workbook.bin, the stored article workbook the preview opens for a load
 * into a blank workbook (src/preview/engine/articleSnapshot.ts), made by
 * scripts/article-snapshot.ts from this checkout's plan on IronCalc in Node (a few seconds).
 * WHY a cache: the file depends only on src/ and the engine, so it is made again only when
 * their hash changes (kept in .cache/article-snapshot/), and a build or a dev-server rebuild
 * that changed neither does not wait for it. Offline: nothing is downloaded.
 */
class ArticleSnapshotPlugin {
  constructor(fileName) {
    this.fileName = fileName;
    this.cacheDir = path.resolve(__dirname, ".cache", "article-snapshot");
    this.script = path.resolve(__dirname, "scripts", "article-snapshot.ts");
  }

  /** What the file is made from: every file of src/, the script, the engine's wasm and version. */
  inputsHash() {
    const hash = crypto.createHash("sha256");
    const add = (file) => {
      hash.update(path.relative(__dirname, file));
      hash.update("\0");
      hash.update(fs.readFileSync(file));
      hash.update("\0");
    };
    const walk = (dir) => {
      for (const entry of fs
        .readdirSync(dir, { withFileTypes: true })
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (entry.isFile()) add(file);
      }
    };
    walk(path.resolve(__dirname, "src"));
    add(this.script);
    add(require.resolve("@ironcalc/wasm/wasm_bg.wasm"));
    add(require.resolve("@ironcalc/wasm/package.json"));
    return hash.digest("hex").slice(0, 20);
  }

  /** The file's bytes: from the cache, or made now by the script (in a child process). */
  async bytes() {
    const cached = path.join(this.cacheDir, `${this.inputsHash()}.bin`);
    try {
      return fs.readFileSync(cached);
    } catch {
      // Not made yet for these sources (or just replaced by a build of other sources): make it.
    }
    fs.mkdirSync(this.cacheDir, { recursive: true });
    const partial = `${cached}.${process.pid}.part`;
    const tsx = require.resolve("tsx/cli");
    await new Promise((resolve, reject) =>
      execFile(
        process.execPath,
        [tsx, this.script, partial],
        { cwd: __dirname },
        (error, _o, err) =>
          error ? reject(new Error(`${this.script}: ${err || error.message}`)) : resolve()
      )
    );
    // Older files of the cache were made from sources that are gone: keep only this one.
    for (const old of fs.readdirSync(this.cacheDir))
      if (old.endsWith(".bin")) fs.rmSync(path.join(this.cacheDir, old), { force: true });
    fs.renameSync(partial, cached);
    return fs.readFileSync(cached);
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ArticleSnapshotPlugin", (compilation) => {
      // Started with the compilation, so it runs beside webpack's own work.
      const making = this.bytes();
      making.catch(() => undefined); // reported when the assets are processed
      compilation.hooks.processAssets.tapPromise(
        { name: "ArticleSnapshotPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          try {
            compilation.emitAsset(this.fileName, new sources.RawSource(await making));
          } catch (error) {
            compilation.errors.push(new WebpackError(`${this.fileName}: ${error.message}`));
          }
        }
      );
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const baseUrl = dev ? DEV_BASE_URL : productionBaseUrl(env);
  const { buildUnifiedManifest } = await import("./scripts/unified-manifest.mjs");

  return {
    mode: dev ? "development" : "production",
    // No eval-based maps: Office webviews may forbid eval, and production maps must be real files.
    devtool: "source-map",
    entry: entries(),
    output: { path: DIST, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked by `npm run typecheck`; transpiling only keeps builds fast.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        // IronCalc's init() fetches new URL("wasm_bg.wasm", import.meta.url): emit that file as
        // it is (a plain asset fetched at run time), never as a webpack WebAssembly module.
        {
          test: /\.wasm$/,
          type: "asset/resource",
          generator: { filename: "[name].[contenthash:8][ext]" },
        },
      ],
    },
    optimization: {
      // Split vendor code (React, Fluent) out of the PAGE bundles only. The functions bundle is
      // never split: it must stay self-contained and tiny (manifest Script URL, < 10 KB gzipped).
      splitChunks: {
        chunks: (chunk) => chunk.name !== "functions",
        cacheGroups: pageChunkGroups(),
      },
    },
    performance: { hints: false }, // sizes are measured by `npm run bench`, not warned here
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      ...pages(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_BASE_URL).join(baseUrl),
          },
        ],
      }),
      new UnifiedManifestPlugin(baseUrl, buildUnifiedManifest),
      // The preview's stored article workbook (src/preview/storedArticle.ts fetches it).
      new ArticleSnapshotPlugin("article-workbook.bin"),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          port: DEV_PORT,
          host: "localhost",
          static: { directory: DIST },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await devServerOptions(),
          // office.js cannot load outside Office/offline; an overlay would cover the pane.
          client: { overlay: false },
          open: false,
        }
      : undefined,
  };
};
