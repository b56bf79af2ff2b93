// Reading a Chromium trace of one tap: the window runs from the tap to the paint after it (the
// Event Timing entry's start and duration, put on the trace's clock by a mark known on both).
import { join } from 'node:path';
import { sourceMapReader } from './sourceMaps.mjs';

/** Kinds of main-thread work, by trace event name (self time, so nested events are not counted twice). */
function kindOf(name) {
  if (/GC|Sweep|Scaveng|Mark/.test(name)) return 'garbage collection';
  if (/^(UpdateLayoutTree|ParseAuthorStyleSheet|RecalculateStyles|ScheduleStyleRecalculation)$/.test(name)) return 'style';
  if (/^(Layout|HitTest|IntersectionObserverController::computeIntersections)$/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|Commit|UpdateLayer|UpdateLayerTree|ScrollLayer|PaintImage|CompositeLayers|RasterTask)$/.test(name)) return 'paint and compositing';
  if (/compile|Compile|parse|Parse(?!HTML)|CacheScript/.test(name)) return 'compiling scripts';
  if (name === 'ParseHTML') return 'parsing HTML';
  if (/^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|FireIdleCallback|RunMicrotasks|EvaluateScript|v8\.|V8\.)/.test(name)) return 'script';
  return 'other (tasks, messages)';
}

/** Not an event: the part of style and layout that ran inside a script (counted in them too). */
const FORCED = '(of which style and layout forced by a script)';

const overlap = (start, end, from, to) => Math.max(0, Math.min(end, to) - Math.max(start, from));

/** Self time of the main thread's complete events inside [from, to], by event name. */
function mainThreadTime(events, pid, tid, from, to) {
  const mine = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur > 0 && e.ts < to && e.ts + e.dur > from)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const byName = new Map();
  const stack = [];
  const close = (event) => {
    const self = overlap(event.ts, event.ts + event.dur, from, to) - event.children;
    byName.set(event.name, (byName.get(event.name) ?? 0) + Math.max(0, self));
    // Style and layout a script asked for (reading a size, focus()) run inside it, synchronously.
    if (/^(Layout|UpdateLayoutTree)$/.test(event.name) && stack.some((e) => kindOf(e.name) === 'script')) {
      byName.set(FORCED, (byName.get(FORCED) ?? 0) + Math.max(0, self));
    }
  };
  for (const e of mine) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) close(stack.pop());
    const event = { ...e, children: 0 };
    if (stack.length) stack.at(-1).children += overlap(e.ts, e.ts + e.dur, from, to);
    stack.push(event);
  }
  while (stack.length) close(stack.pop());
  return byName;
}

/** The main thread's V8 samples: { time, weight, node } with nodes linked to their parents. */
function samplesOf(events, pid, tid) {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const nodes = new Map();
  const samples = [];
  let time = profile.args.data.startTime;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id)) {
    const { cpuProfile, timeDeltas = [] } = chunk.args.data;
    for (const node of cpuProfile.nodes ?? []) nodes.set(node.id, node);
    (cpuProfile.samples ?? []).forEach((id, i) => {
      time += timeDeltas[i] ?? 0;
      samples.push({ time, id });
    });
  }
  return samples.map((s, i) => ({
    time: s.time,
    // A sample stands for the time until the next one (at most 10 ms, as after an idle gap).
    weight: Math.min((samples[i + 1]?.time ?? s.time) - s.time, 10_000),
    node: nodes.get(s.id),
    nodes,
  }));
}

const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);

/** A package's name from a node_modules path, or the src/ path itself. */
function originOf(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return pkg ? pkg[1] : source;
}

/**
 * `interaction` is { start, duration } in the page's milliseconds (performance.now()); `clockMs`
 * is the page time of the trace's bench-clock mark.
 */
export function analyse(trace, clockMs, interaction, dist) {
  const events = trace.traceEvents ?? trace;
  const mark = events.find((e) => e.name === 'bench-clock');
  if (!mark) throw new Error('the trace has no bench-clock mark');
  const { pid, tid } = mark;
  const offset = mark.ts - clockMs * 1000;
  const from = interaction.start * 1000 + offset;
  const to = from + interaction.duration * 1000;
  // The main thread's long tasks (over 50 ms, as Lighthouse counts them), in page milliseconds.
  const longTasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.dur > 50_000 && e.ts >= from && e.ts < to)
    .map((e) => ({ start: (e.ts - offset) / 1000, duration: e.dur / 1000, from: e.ts, to: e.ts + e.dur }));

  const kinds = new Map();
  const names = mainThreadTime(events, pid, tid, from, to);
  for (const [name, time] of names) add(kinds, name === FORCED ? FORCED : kindOf(name), time);
  names.delete(FORCED);

  const sourceOf = sourceMapReader();
  const frameSource = (frame) => {
    if (!frame.url) return null;
    const path = new URL(frame.url).pathname;
    return sourceOf(join(dist, path), frame.lineNumber, frame.columnNumber) ?? path.split('/').pop();
  };
  const selfByOrigin = new Map();
  const selfByFunction = new Map();
  const insideOrigin = new Map();
  const insideSrcFunction = new Map();
  for (const sample of samplesOf(events, pid, tid)) {
    if (sample.time < from || sample.time >= to || !sample.node) continue;
    const { weight } = sample;
    const own = sample.node.callFrame;
    const task = longTasks.find((t) => sample.time >= t.from && sample.time < t.to);
    if (!own.url) {
      // (program): the browser's own work (style, layout, paint...); (garbage collector); (idle).
      add(selfByOrigin, own.functionName, weight);
      continue;
    }
    const ownSource = frameSource(own);
    add(selfByOrigin, originOf(ownSource), weight);
    if (task) add((task.origins ??= new Map()), originOf(ownSource), weight);
    add(selfByFunction, `${own.functionName || '(anonymous)'}  ${ownSource}`, weight);
    const origins = new Set();
    const functions = new Set();
    for (let node = sample.node; node; node = sample.nodes.get(node.parent)) {
      const source = frameSource(node.callFrame);
      if (!source) continue;
      origins.add(originOf(source));
      if (source.startsWith('src/')) functions.add(`${node.callFrame.functionName || '(anonymous)'}  ${source}`);
    }
    for (const origin of origins) add(insideOrigin, origin, weight);
    for (const f of functions) add(insideSrcFunction, f, weight);
  }
  return { interaction, kinds, names, selfByOrigin, selfByFunction, insideOrigin, insideSrcFunction, longTasks };
}

const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
const list = (map, count) => top(map, count).map(([k, v]) => `${k} ${Math.round(v / 1000)}`).join(', ');
const lines = (map, count) => top(map, count).map(([k, v]) => `      ${String(Math.round(v / 1000)).padStart(5)} ms  ${k}`).join('\n');

export function printAnalysis({ label, interaction: x, kinds, names, selfByOrigin, selfByFunction, insideOrigin, insideSrcFunction, longTasks = [] }) {
  const split = x.inputDelay === undefined ? '' : ` (input delay ${x.inputDelay}, processing ${x.processing}, to paint ${Math.max(0, x.presentation)})`;
  console.log(`\n  ${label}: ${Math.round(x.duration)} ms${split}`);
  if (longTasks.length) {
    console.log(`    long tasks (start, length, own script time by origin):`);
    for (const t of longTasks) console.log(`      at ${Math.round(t.start)} ms, ${Math.round(t.duration)} ms: ${t.origins ? list(t.origins, 4) : 'no script'}`);
  }
  console.log(`    main thread, ms: ${list(kinds, 8)}`);
  console.log(`    main thread events (self), ms: ${list(names, 10)}`);
  console.log(`    script samples, own time by origin, ms: ${list(selfByOrigin, 10)}`);
  console.log(`    time inside each origin (on the stack), ms: ${list(insideOrigin, 10)}`);
  console.log(`    src/ functions, time inside (components: their own render, with hooks and t calls):\n${lines(insideSrcFunction, 14)}`);
  console.log(`    functions, own time:\n${lines(selfByFunction, 12)}`);
}

/** The same, summed over every traced tap. */
export function printTotals(analyses) {
  const sum = (key) => {
    const total = new Map();
    for (const a of analyses) for (const [k, v] of a[key]) add(total, k, v);
    return total;
  };
  const duration = analyses.reduce((s, a) => s + a.interaction.duration, 0);
  console.log(`\n== Over all ${analyses.length} traced taps (${Math.round(duration)} ms of interactions)`);
  printAnalysis({
    label: 'all',
    interaction: { duration, inputDelay: analyses.reduce((s, a) => s + a.interaction.inputDelay, 0), processing: analyses.reduce((s, a) => s + a.interaction.processing, 0), presentation: analyses.reduce((s, a) => s + a.interaction.presentation, 0) },
    kinds: sum('kinds'),
    names: sum('names'),
    selfByOrigin: sum('selfByOrigin'),
    selfByFunction: sum('selfByFunction'),
    insideOrigin: sum('insideOrigin'),
    insideSrcFunction: sum('insideSrcFunction'),
  });
}
