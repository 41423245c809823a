/**
 * Which elements have event listeners, from Chromium's DevTools protocol
 * (DOMDebugger.getEventListeners over the whole document), handed to the page's helpers so the
 * keyboard-operable, hover and input checks can ask `__audit.listeners`. Listeners on window
 * count for the document.
 */
import type { Page } from "@playwright/test";
import type { WithHelpers } from "./in-page.ts";

/** The event types the checks ask about. */
const wanted = new Set([
  "click",
  "mousedown",
  "mouseup",
  "pointerdown",
  "pointerup",
  "keydown",
  "keyup",
  "keypress",
  "mouseover",
  "mouseenter",
  "pointerover",
  "pointerenter",
  "focus",
  "focusin",
  "change",
  "input",
]);

interface Listener {
  type: string;
  backendNodeId?: number;
}

/** Reads every listener in the page and records it in `__audit.listeners`; returns the count. */
export async function collectListeners(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.getDocument", { depth: 0 });
    const byNode = new Map<number, Set<string>>();
    let onWindow = new Set<string>();
    for (const expression of ["document", "window"]) {
      const { result } = await cdp.send("Runtime.evaluate", { expression });
      const { listeners } = await cdp.send("DOMDebugger.getEventListeners", {
        objectId: result.objectId!,
        depth: expression === "document" ? -1 : 0,
        pierce: true,
      }) as { listeners: Listener[] };
      for (const l of listeners) {
        if (!wanted.has(l.type)) continue;
        if (expression === "window") {
          onWindow = onWindow.add(l.type);
        } else if (l.backendNodeId) {
          byNode.set(l.backendNodeId, (byNode.get(l.backendNodeId) ?? new Set()).add(l.type));
        }
      }
    }
    await page.evaluate((types) => {
      const map = (globalThis as WithHelpers).__audit.listeners;
      map.clear();
      if (types.length) map.set(document, new Set(types));
    }, [...onWindow]);
    for (const [backendNodeId, types] of byNode) {
      const { object } = await cdp.send("DOM.resolveNode", { backendNodeId });
      if (!object.objectId) continue;
      await cdp.send("Runtime.callFunctionOn", {
        objectId: object.objectId,
        functionDeclaration: "function (types) { const map = globalThis.__audit.listeners; " +
          "const own = map.get(this) ?? new Set(); for (const t of types) own.add(t); " +
          "map.set(this, own); }",
        arguments: [{ value: [...types] }],
      });
    }
    return byNode.size;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
