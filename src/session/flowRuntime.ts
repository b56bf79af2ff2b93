/**
 * The flow's machine with the rules its guards call (XState and src/rules: about 20 KB), in a file
 * of its own so that the start page can be drawn without it. Fetched just after the start page is
 * drawn (see flowHandle.ts).
 */
import { createActor } from 'xstate';
import { flowMachine } from '../flow/machine';
import type { FlowInput } from './flowHandle';

export const startFlow = (input: FlowInput) => createActor(flowMachine, { input }).start();

export { fitsFlow, replayInto } from '../flow/replay';
