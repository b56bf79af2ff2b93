import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { endJourney } from './support/walk';

// Every test starts as a first visit: its app taken down, what it saved forgotten, and a late move
// through the guide's history entries (history.go arrives as a task) let land on nobody before the
// entries are forgotten. Otherwise a Back from one test can close the page the next one has opened.
afterEach(endJourney);
