import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Every test starts as a first visit. A move back through the guide's history entries (history.go)
// arrives later, as a task: so the app is taken down, whatever it still had in flight is let arrive
// (to nobody), and its entries are forgotten. Otherwise a Back from one test can land in the next
// test's app and close the page it has just opened.
afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 0));
  window.history.replaceState(null, '');
});
