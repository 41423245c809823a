// One extra serving thread, started by main.ts with the shared site; it shares the port through
// reusePort.
import { listen } from "./listen.ts";
import type { Site } from "./site.ts";

self.onmessage = (event: MessageEvent<Site>) => {
  self.onmessage = null;
  listen({ site: event.data, announce: false, reusePort: true });
};
