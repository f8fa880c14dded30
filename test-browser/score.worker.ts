// A module Web Worker that scores PHQ-9 with the public entry point, for runtime.browser.test.ts:
// the architecture promises that everything outside src/cli/ runs unchanged in a worker.
import { phq9, score } from '../src/index.js';

self.onmessage = (event: MessageEvent<unknown>) => {
  try {
    const r = score(phq9, event.data as never);
    self.postMessage({ ok: true, total: r.scales.total.value, band: r.scales.total.band?.label, flags: r.flags.map((f) => f.id) });
  } catch (e) {
    self.postMessage({ ok: false, error: String(e) });
  }
};
