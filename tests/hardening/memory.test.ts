import assert from "node:assert/strict";
import { withRealServer } from "./server.ts";

// The site is held once per process, not once per thread: the real server on a generated site of
// 96 MiB (random bytes, so nothing is smaller in memory than on disk), with 1 and then 3 threads,
// after every file has been asked for once. Two more threads cost their own runtimes (about 20
// MiB each) and whatever the answers they built left to the next garbage collection; a copy of
// the site per thread would add at least 192 MiB.

const siteMiB = 96;
const fileKiB = 64;

/** Resident memory of the server after every file was fetched once, eight at a time. */
async function residentMiB(site: string, paths: string[], threads: number): Promise<number> {
  let resident = 0;
  await withRealServer(
    async (port, pid) => {
      let next = 0;
      await Promise.all(Array.from({ length: 8 }, async () => {
        while (next < paths.length) {
          const res = await fetch(`http://127.0.0.1:${port}${paths[next++]}`);
          await res.arrayBuffer();
          assert.equal(res.status, 200);
        }
      }));
      // ps, not /proc/<pid>/status: Deno asks for --allow-all to read /proc.
      const ps = await new Deno.Command("ps", { args: ["-o", "rss=", "-p", String(pid)] }).output();
      resident = Number(new TextDecoder().decode(ps.stdout).trim()) / 1024;
    },
    { SERVER_THREADS: String(threads) },
    site,
  );
  return resident;
}

Deno.test({
  name: `a ${siteMiB} MiB site: two more threads add less than the site's size`,
  ignore: Deno.build.os === "windows", // asks ps
  fn: async () => {
    const dist = await Deno.makeTempDir({ prefix: "help-memory-" });
    try {
      await Deno.writeTextFile(`${dist}/index.html`, "<!doctype html><title>Home</title>");
      const paths: string[] = [];
      const chunk = new Uint8Array(fileKiB * 1024);
      for (let i = 0; i < (siteMiB * 1024) / fileKiB; i++) {
        for (let at = 0; at < chunk.byteLength; at += 65536) {
          crypto.getRandomValues(chunk.subarray(at, at + 65536));
        }
        await Deno.writeFile(`${dist}/file-${i}.bin`, chunk);
        paths.push(`/file-${i}.bin`);
      }
      const one = await residentMiB(dist, paths, 1);
      const three = await residentMiB(dist, paths, 3);
      console.log(
        `${siteMiB} MiB site: ${one.toFixed(0)} MiB resident with 1 thread, ` +
          `${three.toFixed(0)} MiB with 3`,
      );
      assert.ok(one >= siteMiB, "the site is in memory");
      assert.ok(three - one < siteMiB, `2 more threads added ${(three - one).toFixed(0)} MiB`);
    } finally {
      await Deno.remove(dist, { recursive: true });
    }
  },
});
