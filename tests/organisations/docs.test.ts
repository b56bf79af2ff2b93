import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { organisationsDocument } from '../../scripts/organisationsDoc';
import { ALL_ORGANISATIONS } from '../../src/organisations/data';

test('docs/organisations.md is up to date with the data (run `npm run docs`)', () => {
  const committed = readFileSync(join(__dirname, '../../docs/organisations.md'), 'utf8');
  expect(committed).toBe(organisationsDocument());
});

test('docs/organisations.md lists every organisation, every contact detail and its source page', () => {
  const doc = organisationsDocument();
  for (const o of ALL_ORGANISATIONS) {
    expect(doc).toContain(`(\`${o.id}\`)`);
    for (const p of o.phones ?? []) expect(doc).toContain(`${p.display}`);
    for (const d of [...(o.phones ?? []), ...(o.emails ?? []), ...(o.web ?? []), ...(o.walkIns ?? [])]) expect(doc).toContain(d.source.url);
  }
});
