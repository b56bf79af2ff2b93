// npm run docs: regenerates docs/flow.md and docs/scenarios.md.
import { writeFileSync } from 'node:fs';
import { flowDocument } from './flowDiagram';
import { vocabularyDocument } from './scenarioVocabulary';

writeFileSync(new URL('../docs/flow.md', import.meta.url), flowDocument());
writeFileSync(new URL('../docs/scenarios.md', import.meta.url), vocabularyDocument());
console.log('Wrote docs/flow.md and docs/scenarios.md');
