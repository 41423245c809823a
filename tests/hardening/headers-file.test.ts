import assert from "node:assert/strict";
import { documentOnly, everywhere, workerOnly } from "../../server/headers.ts";
import { headersFile, matches, parseHeadersFile } from "../../server/headers-file.ts";
import { rawRequest } from "../../tools/raw-http.ts";
import { dist, distPaths, withRealServer } from "./server.ts";

// The build's dist/_headers, for a CDN or nginx in front, agrees with what the real server sends
// over the wire for every file of the build.

const policyNames = new Set(
  [...everywhere, ...documentOnly, ...workerOnly, ["cache-control", ""]].map(([name]) => name),
);

function allFiles(dir = dist, prefix = ""): string[] {
  return [...Deno.readDirSync(dir)].flatMap((entry) => {
    const path = `${prefix}/${entry.name}`;
    return entry.isDirectory ? allFiles(`${dir}/${entry.name}`, path) : [path];
  });
}

Deno.test("dist/_headers is the policy of this build's files, written from server/", () => {
  let text: string;
  try {
    text = Deno.readTextFileSync(`${dist}/_headers`);
  } catch {
    throw new Error("No dist/_headers: run `deno task build`.");
  }
  assert.equal(text, headersFile(allFiles()));
});

Deno.test("every file's URL: the one matching rule lists what the server sends", async () => {
  const rules = parseHeadersFile(Deno.readTextFileSync(`${dist}/_headers`));
  const urls = distPaths().flatMap((path) =>
    path.endsWith("/index.html") ? [path, path.slice(0, -"index.html".length)] : [path]
  );
  await withRealServer(async (port) => {
    let next = 0;
    const mismatches: string[] = [];
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (next < urls.length) {
        const url = urls[next++];
        const matching = rules.filter(({ pattern }) => matches(pattern, url));
        const res = await rawRequest(port, url, { method: "HEAD" });
        const sent = res.headers.filter(([name]) => policyNames.has(name)).sort();
        if (matching.length !== 1) mismatches.push(`${url}: ${matching.length} rules`);
        else if (JSON.stringify([...matching[0].headers].sort()) !== JSON.stringify(sent)) {
          mismatches.push(`${url}: the file says ${matching[0].pattern}, the server differs`);
        }
        if (res.status !== 200) mismatches.push(`${url}: ${res.status}`);
      }
    }));
    console.log(`_headers: ${rules.length} rules, ${urls.length} URLs checked on the wire`);
    assert.deepEqual(mismatches, []);
  });
});
