import '@testing-library/jest-dom/vitest';
import { afterEach, beforeAll } from 'vitest';
import { loadFlowRuntime } from '../src/session/flowActor';
import { endJourney } from './support/walk';

// Every test starts as a first visit: its app taken down, what it saved forgotten, and a late move
// through the guide's history entries (history.go arrives as a task) let land on nobody before the
// entries are forgotten. Otherwise a Back from one test can close the page the next one has opened.
afterEach(endJourney);

// In the browser the flow's machine arrives just after the start page is drawn. Here it is fetched
// once before the tests, so each app has it from the start; tests/session/flowHandle.test.ts tests
// the moments before it arrives.
beforeAll(() => loadFlowRuntime());
