// npm run demo: a short tour of securebase on made-up data (no real person's answers). It prints
// exactly what `securebase demo` prints: both call runDemo() from src/cli/commands/demo.ts, built
// to dist/demo.js by `npm run build` (test/dist/demo.test.ts compares the two). It also writes the
// made-up client's progress report, with the outcome chart, to an HTML file and prints its path.
import { runDemo } from '../dist/demo.js';

process.stdout.write(runDemo());
