import { formatSize } from "../size.ts";
import type { OfflineRequest, OfflineState } from "../types.ts";

// "Save every guide" on the guides index, loaded when the borrower first uses the section (or at
// once on later visits, when they had saved): asks the service worker to save or remove the
// language and shows where it stands. The words come from the section (SaveGuides.astro).

/** Takes over the section: `action` is the button the borrower pressed, if any. */
export function start(section: HTMLElement, action?: string): void {
  const words = section.dataset;
  const lang = words.lang!;
  const locale = document.documentElement.lang;
  const heading = section.querySelector<HTMLElement>("h2")!;
  const status = section.querySelector<HTMLElement>("[role=status]")!;
  const progress = section.querySelector("progress")!;
  const save = section.querySelector<HTMLButtonElement>("button[value=save]")!;
  const remove = section.querySelector<HTMLButtonElement>("button[value=remove]")!;
  const size = save.querySelector<HTMLElement>("[data-offline-size]")!;
  let quarter = -1;
  let removed = false;

  const show = (element: HTMLElement, visible: boolean) => {
    // A button that disappears under the keyboard would drop focus to the page's start.
    if (!visible && element === document.activeElement) heading.focus();
    element.hidden = !visible;
  };

  const render = (state: OfflineState) => {
    const left = state.totalBytes - state.savedBytes;
    const complete = state.saved && !state.saving && left === 0 && !state.failed;
    show(progress, state.saving);
    show(save, !state.saving && !complete);
    show(remove, state.saved);
    if (state.totalBytes > 0) {
      size.textContent = formatSize(state.saved ? left : state.totalBytes, locale);
    }
    if (state.saving) {
      progress.max = state.totalBytes || 1;
      progress.value = state.savedBytes;
      const percent = Math.floor((100 * state.savedBytes) / (state.totalBytes || 1));
      // The live region speaks at each quarter, not at every file.
      if (Math.floor(percent / 25) === quarter) return;
      quarter = Math.floor(percent / 25);
      status.textContent = words.saving!.replace("{percent}", String(percent));
      return;
    }
    quarter = -1;
    status.textContent = state.failed
      ? words.failed!
      : complete
      ? words.saved!.replace("{size}", formatSize(state.totalBytes, locale))
      : state.saved
      ? words.partly!.replace("{size}", formatSize(left, locale))
      : removed
      ? words.removed!
      : "";
  };

  const send = async (offline: OfflineRequest["offline"]) => {
    removed = offline === "remove";
    const message: OfflineRequest = { offline, lang };
    (await navigator.serviceWorker.ready).active?.postMessage(message);
  };

  navigator.serviceWorker.addEventListener("message", (event) => {
    const state = event.data as OfflineState | undefined;
    if (state?.offline === "state" && state.lang === lang) render(state);
  });
  navigator.serviceWorker.startMessages();
  section.addEventListener("click", (event) => {
    const value = (event.target as Element).closest("button")?.value;
    if (value === "save" || value === "remove") send(value);
  });
  send(action === "save" || action === "remove" ? action : "status");
}
