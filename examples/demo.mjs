// npm run demo: a short tour of securebase on made-up data (no real person's answers). It prints
// exactly what `securebase demo` prints: both call demoText() from src/cli/commands/demo.ts, built
// to dist/demo.js by `npm run build` (test/dist/demo.test.ts compares the two).
import { demoText } from '../dist/demo.js';

process.stdout.write(demoText());
