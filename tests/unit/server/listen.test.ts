import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

// The server finds dist/ next to server/ even when the checkout's path has a space in it.

Deno.test("the default dist/ path survives a folder name with a space", async () => {
  const root = await Deno.makeTempDir({ prefix: "help center " });
  try {
    const serverDir = fileURLToPath(new URL("../../../server/", import.meta.url));
    await Deno.mkdir(`${root}/server`);
    for await (const entry of Deno.readDir(serverDir)) {
      await Deno.copyFile(`${serverDir}${entry.name}`, `${root}/server/${entry.name}`);
    }
    await Deno.mkdir(`${root}/dist`);
    await Deno.writeTextFile(`${root}/dist/index.html`, "<!doctype html><title>Home</title>");

    // Run the copy as the deploy command would, without DIST_DIR, and fetch its home page.
    const env = Deno.env.toObject();
    delete env.DIST_DIR;
    const child = new Deno.Command(Deno.execPath(), {
      args: ["run", "--allow-net", "--allow-read", "--allow-env", `${root}/server/main.ts`],
      env: { ...env, PORT: "0", HOST: "127.0.0.1", SERVER_THREADS: "1" },
      clearEnv: true,
      stdout: "piped",
      stderr: "null",
    }).spawn();
    const reader = child.stdout.getReader();
    try {
      const decoder = new TextDecoder();
      let out = "";
      while (!/http:\/\/\S+\//.test(out)) {
        const { value, done } = await reader.read();
        if (done) break;
        out += decoder.decode(value, { stream: true });
      }
      const url = out.match(/http:\/\/\S+\//)?.[0];
      assert.ok(url, `server did not start: ${out}`);
      assert.match(out, /1 files/);
      const res = await fetch(url);
      assert.equal(res.status, 200);
      assert.equal(await res.text(), "<!doctype html><title>Home</title>");
    } finally {
      child.kill();
      await reader.cancel();
      await child.status;
    }
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
