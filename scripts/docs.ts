// npm run docs: regenerates src/rules/facts.ts, docs/flow.md, docs/scenarios.md, docs/organisations.md
// docs/translations.md and docs/terms.md.
import { writeFileSync } from 'node:fs';
import { ruleFactsModule } from './ruleFacts';

// The rule facts first, and the rest imported only afterwards: they run the decision code, which
// reads the facts when it is loaded.
writeFileSync(new URL('../src/rules/facts.ts', import.meta.url), ruleFactsModule());
const [{ flowDocument }, { organisationsDocument }, { translationsDocument }, { vocabularyDocument }, { termsDocument }] = await Promise.all([
  import('./flowDiagram'),
  import('./organisationsDoc'),
  import('./translations'),
  import('./scenarioVocabulary'),
  import('./terms'),
]);
writeFileSync(new URL('../docs/flow.md', import.meta.url), flowDocument());
writeFileSync(new URL('../docs/scenarios.md', import.meta.url), vocabularyDocument());
writeFileSync(new URL('../docs/organisations.md', import.meta.url), organisationsDocument());
writeFileSync(new URL('../docs/translations.md', import.meta.url), translationsDocument());
writeFileSync(new URL('../docs/terms.md', import.meta.url), termsDocument());
console.log('Wrote src/rules/facts.ts, docs/flow.md, docs/scenarios.md, docs/organisations.md, docs/translations.md and docs/terms.md');
