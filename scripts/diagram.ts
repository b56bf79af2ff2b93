// npm run diagram: writes docs/flow.md from the machine.
import { writeFileSync } from 'node:fs';
import { flowDocument } from './flowDiagram';

writeFileSync(new URL('../docs/flow.md', import.meta.url), flowDocument());
console.log('Wrote docs/flow.md');
