// `npm run serve:dist`: serves a production dist/ over https the way the add-in's host must
// (README, "Deploy to your organisation"): the folder's files at the base URL's path, with the
// content types Office expects, on a certificate you give it.
//   npm run serve:dist -- --cert cert.pem --key key.pem [--port 8443] [--base /aicost/] [--dir dist]
// WHY a script and not a web server's config: it is the smallest host that does what the README
// asks of any host, so the hosting test (test/foundation/deploy.test.ts) can run the README's
// recipe itself; IIS, nginx or a static web app with the same rules serve the same files.
import fs from "node:fs";
import https from "node:https";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Content types of the files a build writes (the rest are served as bytes). */
export const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

/**
 * Starts the server; resolves with it and its URL once it listens.
 * @param {{ dir: string, base: string, cert: string, key: string, port: number, host?: string }} options
 */
export function serveDist({ dir, base, cert, key, port, host = "localhost" }) {
  const root = path.resolve(dir);
  const prefix = `/${base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const server = https.createServer(
    { cert: fs.readFileSync(cert), key: fs.readFileSync(key) },
    (req, res) => {
      const send = (status, text) => {
        res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
        res.end(req.method === "HEAD" ? undefined : text);
      };
      if (req.method !== "GET" && req.method !== "HEAD") return send(405, "GET or HEAD only");
      const { pathname } = new URL(req.url ?? "/", "https://host");
      if (!pathname.startsWith(prefix)) return send(404, "not found");
      let file;
      try {
        file = path.join(root, decodeURIComponent(pathname.slice(prefix.length)));
      } catch {
        return send(400, "bad path");
      }
      if (
        !file.startsWith(root + path.sep) ||
        !fs.existsSync(file) ||
        !fs.statSync(file).isFile()
      ) {
        return send(404, "not found");
      }
      res.writeHead(200, {
        "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
        "Content-Length": fs.statSync(file).size,
        // As the dev server does: Excel on the web fetches functions.json from its own origin.
        "Access-Control-Allow-Origin": "*",
        // Office caches add-in files; revalidating makes an update show on the next start.
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") return res.end();
      fs.createReadStream(file).pipe(res);
    }
  );
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, url: `https://${host}:${address.port}${prefix}` });
    });
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const args = process.argv.slice(2);
  const option = (name, fallback) =>
    args.includes(name) ? args[args.indexOf(name) + 1] : fallback;
  const cert = option("--cert");
  const key = option("--key");
  if (!cert || !key) {
    console.error("✖ serve:dist needs --cert <certificate.pem> and --key <private-key.pem>");
    process.exit(1);
  }
  const dir = path.resolve(option("--dir", path.join(repo, "dist")));
  if (!fs.existsSync(path.join(dir, "manifest.json"))) {
    console.error(`✖ ${dir} has no manifest.json: run ADDIN_BASE_URL=<url> npm run package first`);
    process.exit(1);
  }
  try {
    const { url } = await serveDist({
      dir,
      base: option("--base", "/"),
      cert,
      key,
      port: Number(option("--port", 8443)),
    });
    console.log(`Serving ${path.relative(process.cwd(), dir) || dir}/ at ${url}`);
  } catch (err) {
    console.error(`✖ serve:dist could not start: ${err.message}`);
    process.exit(1);
  }
}
