/** The service worker's global scope, typed (the WebWorker lib types `self` as any worker). */
export const worker = self as unknown as ServiceWorkerGlobalScope;
