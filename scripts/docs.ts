// npm run docs: regenerates docs/flow.md, docs/scenarios.md and docs/organisations.md.
import { writeFileSync } from 'node:fs';
import { flowDocument } from './flowDiagram';
import { organisationsDocument } from './organisationsDoc';
import { ruleFactsModule } from './ruleFacts';
import { termsDocument } from './terms';
import { translationsDocument } from './translations';
import { vocabularyDocument } from './scenarioVocabulary';

writeFileSync(new URL('../docs/flow.md', import.meta.url), flowDocument());
writeFileSync(new URL('../docs/scenarios.md', import.meta.url), vocabularyDocument());
writeFileSync(new URL('../docs/organisations.md', import.meta.url), organisationsDocument());
writeFileSync(new URL('../src/rules/facts.ts', import.meta.url), ruleFactsModule());
writeFileSync(new URL('../docs/translations.md', import.meta.url), translationsDocument());
writeFileSync(new URL('../docs/terms.md', import.meta.url), termsDocument());
console.log('Wrote docs/flow.md, docs/scenarios.md and docs/organisations.md');
