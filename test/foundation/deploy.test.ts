// `npm run package` and the README's hosting recipe, end to end: one production build for a
// real-looking URL, its app package read back, and its dist/ served over https exactly as the
// README's "Deploy to your organisation" says, every URL of both manifests fetched through a
// certificate made here. The failures (no URL, http, a missing icon, an invalid manifest) are
// run on the real script too, and stop before building.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import dns from "node:dns";
import fs from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { generateCertificates } from "office-addin-dev-certs";
import { unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseXml, type El } from "../../scripts/manifest-check.mjs";
import { PACKAGE_NAME, checkPackage } from "../../scripts/package.mjs";
import { REPO } from "./paths";

const BASE_URL = "https://addins.example.com/aicost/";
const PACKAGE_CLI = path.join(REPO, "scripts", "package.mjs");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aicost-deploy-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs scripts/package.mjs (what `npm run package` runs) with ADDIN_BASE_URL set or not. */
function runPackage(script: string, baseUrl: string | undefined, dist: string, out: string) {
  const env = { ...process.env };
  delete env.ADDIN_BASE_URL;
  if (baseUrl !== undefined) env.ADDIN_BASE_URL = baseUrl;
  const started = Date.now();
  const run = spawnSync(process.execPath, [script, "--dist", dist, "--out", out], {
    env,
    encoding: "utf8",
  });
  return { ...run, seconds: (Date.now() - started) / 1000 };
}

it("npm run package is scripts/package.mjs", () => {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8"));
  expect(scripts.package).toBe("node scripts/package.mjs");
  expect(scripts["serve:dist"]).toBe("node scripts/serve-dist.mjs");
});

describe("npm run package refuses, before building", () => {
  const cases: Array<[string, string | undefined, RegExp]> = [
    ["no ADDIN_BASE_URL", undefined, /ADDIN_BASE_URL is not set: give the https URL/],
    ["an empty ADDIN_BASE_URL", "", /ADDIN_BASE_URL is not set/],
    [
      "an http URL",
      "http://addins.example.com/aicost/",
      /ADDIN_BASE_URL must be https .*: http:\/\/addins/,
    ],
    [
      "a URL that is not one",
      "addins.example.com/aicost",
      /ADDIN_BASE_URL is not a URL: addins.example.com\/aicost/,
    ],
  ];

  it.each(cases)("%s", (_name, baseUrl, expected) => {
    const dist = path.join(tmp, "refused-dist");
    const out = path.join(tmp, "refused.zip");
    const run = runPackage(PACKAGE_CLI, baseUrl, dist, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(expected);
    expect(fs.existsSync(dist)).toBe(false);
    expect(fs.existsSync(out)).toBe(false);
  });

  describe("in a copy of the project with a broken manifest or icon", () => {
    /** A copy of what package.mjs reads (its node_modules linked), broken by `breakIt`. */
    function brokenCopy(name: string, breakIt: (dir: string) => void): string {
      const dir = path.join(tmp, name);
      for (const entry of ["scripts", "assets", "manifest.xml", "manifest.json", "package.json"]) {
        fs.cpSync(path.join(REPO, entry), path.join(dir, entry), { recursive: true });
      }
      fs.symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"), "dir");
      breakIt(dir);
      return dir;
    }
    const editJson = (dir: string, edit: (m: Record<string, unknown>) => void) => {
      const file = path.join(dir, "manifest.json");
      const m = JSON.parse(fs.readFileSync(file, "utf8"));
      edit(m);
      fs.writeFileSync(file, JSON.stringify(m));
    };

    const cases: Array<[string, (dir: string) => void, RegExp]> = [
      [
        "a ribbon icon missing from assets/ (both manifests name it)",
        (dir) => fs.rmSync(path.join(dir, "assets", "icon-80.png")),
        /manifest.xml: Image Icon.80x80: .*icon-80.png does not exist[\s\S]*manifest.json: .*icon-80.png does not exist/,
      ],
      [
        "the package's colour icon missing",
        (dir) => fs.rmSync(path.join(dir, "assets", "icon-192.png")),
        /manifest.json: icons\/color: .*icon-192.png does not exist/,
      ],
      [
        "a manifest.json the schema rejects",
        (dir) =>
          editJson(dir, (m) => {
            (m.name as Record<string, string>).short = "A".repeat(31);
          }),
        /manifest.json: schema: \/name\/short must NOT have more than 30 characters/,
      ],
      [
        "manifests that disagree",
        (dir) =>
          editJson(dir, (m) => {
            m.version = "2.0.0";
          }),
        /the manifests disagree on version: manifest.xml says "1.0.0", manifest.json says "2.0.0"/,
      ],
    ];

    it.each(cases)("%s", (name, breakIt, expected) => {
      const dir = brokenCopy(name.replace(/\W+/g, "-"), breakIt);
      const dist = path.join(dir, "dist");
      const out = path.join(dir, "package.zip");
      const run = runPackage(path.join(dir, "scripts", "package.mjs"), BASE_URL, dist, out);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/the manifests do not validate \(nothing was built\)/);
      expect(run.stderr).toMatch(expected);
      expect(fs.existsSync(dist)).toBe(false);
      expect(fs.existsSync(out)).toBe(false);
    });
  });
});

describe(`ADDIN_BASE_URL=${BASE_URL} npm run package`, () => {
  const dist = path.join(tmp, "dist");
  const zipFile = path.join(tmp, PACKAGE_NAME);
  let run: ReturnType<typeof runPackage>;
  beforeAll(() => {
    // The one production build of this file: the package's, which the hosting test serves too.
    run = runPackage(PACKAGE_CLI, BASE_URL, dist, zipFile);
    console.log(`npm run package: ${run.seconds.toFixed(1)} s, ${fs.statSync(zipFile).size} bytes`);
  }, 300_000); // a production build on a shared machine

  it("builds and writes a package that validates", async () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`wrote .*${PACKAGE_NAME} \\(\\d+ bytes`));
    const zip = new Uint8Array(fs.readFileSync(zipFile));
    expect(Object.keys(unzipSync(zip)).sort()).toEqual([
      "assets/icon-192.png",
      "assets/icon-outline-32.png",
      "manifest.json",
    ]);
    expect(await checkPackage(zip, { distDir: dist, baseUrl: BASE_URL })).toEqual([]);
  });

  it("points both manifests at ADDIN_BASE_URL only", () => {
    for (const name of ["manifest.xml", "manifest.json"]) {
      const text = fs.readFileSync(path.join(dist, name), "utf8");
      expect(text, name).not.toContain("localhost");
      expect(text, name).toContain(`${BASE_URL}taskpane.html`);
      expect(text, name).toContain(`${BASE_URL}functions.json`);
    }
  });

  it("lists in manifest.json the functions of the built functions.json", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dist, "manifest.json"), "utf8"));
    const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
    const listed = manifest.extensions[0].runtimes[0].customFunctions.functions;
    expect(listed.map((f: { id: string }) => f.id)).toEqual(
      metadata.functions.map((f: { id: string }) => f.id)
    );
    expect(metadata.functions.length).toBeGreaterThan(0);
  });

  describe("checkPackage catches a broken zip", () => {
    const entries = () => unzipSync(new Uint8Array(fs.readFileSync(zipFile)));
    const manifestOf = (files: Record<string, Uint8Array>) =>
      JSON.parse(new TextDecoder().decode(files["manifest.json"]));
    const withManifest = (files: Record<string, Uint8Array>, m: unknown) => ({
      ...files,
      "manifest.json": new TextEncoder().encode(JSON.stringify(m)),
    });
    const cases: Array<[string, () => Record<string, Uint8Array>, RegExp]> = [
      [
        "an icon left out",
        () => {
          const files = entries();
          delete files["assets/icon-outline-32.png"];
          return files;
        },
        /icons\/outline: .*icon-outline-32.png does not exist/,
      ],
      [
        "a file the manifest does not name",
        () => ({ ...entries(), "notes.txt": new TextEncoder().encode("x") }),
        /holds notes.txt, which its manifest does not name/,
      ],
      [
        "a manifest for another URL",
        () => {
          const files = entries();
          const text = new TextDecoder().decode(files["manifest.json"]);
          return {
            ...files,
            "manifest.json": new TextEncoder().encode(
              text.split(BASE_URL).join("https://other.example.com/")
            ),
          };
        },
        /base URL is https:\/\/other.example.com\/, not https:\/\/addins.example.com\/aicost\//,
      ],
      [
        "a manifest the schema rejects",
        () => {
          const files = entries();
          const m = manifestOf(files);
          m.accentColor = "blue";
          return withManifest(files, m);
        },
        /schema: \/accentColor must match pattern/,
      ],
      [
        "no manifest",
        () => {
          const files = entries();
          delete files["manifest.json"];
          return files;
        },
        /has no manifest.json at its root/,
      ],
    ];

    it.each(cases)("%s", async (_name, files, expected) => {
      const errors = await checkPackage(zipSync(files()), { distDir: dist, baseUrl: BASE_URL });
      expect(errors.join("\n")).toMatch(expected);
    });
  });

  describe("hosted as the README's recipe says", () => {
    let server: ChildProcess;
    let port: number;
    let ca: Buffer;
    const hostname = new URL(BASE_URL).hostname;

    /** The README's serve:dist command, from its "Deploy to your organisation" section. */
    function readmeRecipe(): string[] {
      const readme = fs.readFileSync(path.join(REPO, "README.md"), "utf8");
      const section =
        readme.split("\n## Deploy to your organisation\n")[1]?.split("\n## ")[0] ?? "";
      const lines = section.split("\n").map((l) => l.trim());
      const command = lines.filter((l) => l.startsWith("npm run serve:dist"));
      expect(command, "one serve:dist command in the README's deploy section").toHaveLength(1);
      return (command[0] ?? "").replace(/^npm run serve:dist --\s*/, "").split(/\s+/);
    }

    beforeAll(async () => {
      const started = Date.now();
      // A CA and a certificate for the package's host, made here with Microsoft's dev-certs
      // library (pure Node) and trusted by this test's requests only.
      const certs = path.join(tmp, "certs");
      await generateCertificates(
        path.join(certs, "ca.crt"),
        path.join(certs, "cert.pem"),
        path.join(certs, "key.pem"),
        1,
        [hostname, "localhost"]
      );
      ca = fs.readFileSync(path.join(certs, "ca.crt"));
      // The README's arguments, with this test's certificate, a free port and its build.
      const args = readmeRecipe().map((arg, i, all) =>
        all[i - 1] === "--cert"
          ? path.join(certs, "cert.pem")
          : all[i - 1] === "--key"
            ? path.join(certs, "key.pem")
            : all[i - 1] === "--port"
              ? "0"
              : arg
      );
      expect(args).toContain("--base");
      expect(args[args.indexOf("--base") + 1]).toBe(new URL(BASE_URL).pathname);
      server = spawn(
        process.execPath,
        [path.join(REPO, "scripts", "serve-dist.mjs"), ...args, "--dir", dist],
        {
          stdio: ["ignore", "pipe", "pipe"],
        }
      );
      port = await new Promise<number>((resolve, reject) => {
        let out = "";
        server.stdout?.on("data", (chunk) => {
          out += chunk;
          const match = /at https:\/\/localhost:(\d+)\//.exec(out);
          if (match) resolve(Number(match[1]));
        });
        server.stderr?.on("data", (chunk) => reject(new Error(String(chunk))));
        server.once("exit", (code) => reject(new Error(`serve:dist exited ${code}: ${out}`)));
      });
      console.log(
        `hosting: certificate made and serve:dist listening in ${Date.now() - started} ms`
      );
    });
    afterAll(() => {
      server?.kill();
    });

    /** GET through TLS to the served port, as if DNS sent the package's host name here. */
    function get(
      url: string
    ): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
      return new Promise((resolve, reject) => {
        const { hostname: host, pathname } = new URL(url);
        const req = https.get(
          {
            host,
            port,
            path: pathname,
            ca,
            servername: host, // the certificate must be valid for the manifest's host name
            lookup: (_name, options, callback) => dns.lookup("localhost", options, callback),
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () =>
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks),
              })
            );
          }
        );
        req.on("error", reject);
      });
    }

    /** Every URL of the add-in that the built manifests declare (values, not comments). */
    function manifestUrls(): string[] {
      const found: string[] = [];
      const fromXml = (el: El) => {
        for (const [name, value] of Object.entries(el.attrs)) {
          if (!name.startsWith("xmlns")) found.push(value);
        }
        found.push(el.text);
        el.children.forEach(fromXml);
      };
      fromXml(parseXml(fs.readFileSync(path.join(dist, "manifest.xml"), "utf8")));
      const fromJson = (value: unknown): void => {
        if (typeof value === "string") found.push(value);
        else if (value && typeof value === "object") Object.values(value).forEach(fromJson);
      };
      fromJson(JSON.parse(fs.readFileSync(path.join(dist, "manifest.json"), "utf8")));
      return [...new Set(found.filter((value) => value.startsWith(BASE_URL)))].sort();
    }

    const expectedType: Record<string, RegExp> = {
      ".html": /^text\/html\b/,
      ".js": /^(text|application)\/javascript\b/,
      ".json": /^application\/json\b/,
      ".png": /^image\/png$/,
    };

    it("answers every URL both manifests name with its content type", async () => {
      const started = Date.now();
      const urls = manifestUrls();
      for (const required of [
        "taskpane.html",
        "functions.js",
        "functions.json",
        "support.html",
        "assets/icon-80.png",
      ]) {
        expect(urls).toContain(`${BASE_URL}${required}`);
      }
      for (const url of urls) {
        const res = await get(url);
        expect(res.status, url).toBe(200);
        const type = expectedType[path.extname(new URL(url).pathname)];
        expect(type, `a content type to expect for ${url}`).toBeDefined();
        expect(String(res.headers["content-type"]), url).toMatch(type ?? /(none)/);
        const file = path.join(
          dist,
          new URL(url).pathname.slice(new URL(BASE_URL).pathname.length)
        );
        expect(res.body.equals(fs.readFileSync(file)), `${url} serves ${file}`).toBe(true);
      }
      console.log(`hosting: ${urls.length} URLs in ${Date.now() - started} ms`);
    });

    it("serves the functions metadata as JSON that Excel on the web may read", async () => {
      const res = await get(`${BASE_URL}functions.json`);
      expect(res.headers["access-control-allow-origin"]).toBe("*");
      const metadata = JSON.parse(res.body.toString("utf8"));
      expect(metadata.functions.length).toBeGreaterThan(0);
    });

    it("answers 404 outside the base path and for files dist/ does not hold", async () => {
      expect((await get(`https://${hostname}/taskpane.html`)).status).toBe(404);
      expect((await get(`${BASE_URL}no-such-file.js`)).status).toBe(404);
      expect((await get(`${BASE_URL}..%2fpackage.json`)).status).toBe(404);
    });
  });
});
