// One extra serving thread, started by main.ts; it shares the port through reusePort.
import { listen } from "./listen.ts";

await listen({ announce: false, reusePort: true });
