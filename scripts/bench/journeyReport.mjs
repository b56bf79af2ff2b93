// Printing the journeys: each step's slowest interaction, the journey's worst and its median step.
import { describeJourney } from './journeys.mjs';
import { median, ms, under16 } from './stats.mjs';

/** Each visited step (but the last) with its slowest interaction, or none when all were under 16 ms. */
export function stepsOf({ visited, interactions }) {
  return visited.slice(0, -1).map((step, i) => {
    const here = interactions.filter((x) => x.step === step);
    const slowest = here.reduce((a, b) => (a && a.duration >= b.duration ? a : b), null);
    return { step, next: visited[i + 1], slowest, duration: slowest?.duration ?? 0 };
  });
}

export function summarise(result) {
  const steps = stepsOf(result);
  const worst = steps.reduce((a, b) => (b.duration > a.duration ? b : a));
  return {
    steps,
    worst,
    medianStep: median(steps.map((s) => s.duration)),
    startNow: steps.find((s) => s.step === 'start')?.duration ?? 0,
    toOutcome: steps.find((s) => s.next === 'result')?.duration ?? 0,
  };
}

export function printJourney(result, load) {
  const { steps, worst, medianStep } = summarise(result);
  console.log(`\n${describeJourney(result.journey)}, ${result.rate}x CPU (${load})`);
  console.log(`  ${'step → next'.padEnd(34)} ${'slowest'.padStart(8)}  ${'tapped'.padEnd(14)} delay / processing / to paint`);
  for (const s of steps) {
    const x = s.slowest;
    const split = x ? `${x.inputDelay} / ${x.processing} / ${Math.max(0, x.presentation)} ms` : '';
    console.log(`  ${`${s.step} → ${s.next}`.padEnd(34)} ${under16(s.duration).padStart(8)}  ${(x?.what ?? '').padEnd(14)} ${split}`);
  }
  console.log(`  worst: ${ms(worst.duration)} (${worst.step} → ${worst.next}, ${worst.slowest?.what ?? ''}); median step: ${under16(medianStep)}`);
  // The offline copy waits for a 1 s pause, which these journeys' quick taps may never leave.
  console.log(`  offline copy: ${result.worker ? `began on ${result.worker.step}, ${Math.round(result.worker.time)} ms after the page opened` : 'not begun during the journey (no pause of 1 s between taps)'}`);
}

const range = (values) => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? under16(low) : `${under16(low)} – ${under16(high)}`;
};

/** One line per rate: the ranges over the journeys, in the shape of issue 22's table. */
export function printJourneySummary(results) {
  const rates = [...new Set(results.map((r) => r.rate))];
  console.log('\nInteractions over all journeys (Event Timing; a range is the lowest and highest journey):');
  for (const rate of rates) {
    const all = results.filter((r) => r.rate === rate).map(summarise);
    console.log(
      `  ${rate}x CPU: worst per journey ${range(all.map((s) => s.worst.duration))}; median step ${range(all.map((s) => s.medianStep))}; ` +
        `"Start now" ${range(all.map((s) => s.startNow))}; the Continue that opens the outcome ${range(all.map((s) => s.toOutcome))}`,
    );
  }
}
