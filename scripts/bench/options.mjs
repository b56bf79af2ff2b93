// The command line of `npm run bench -- ...`.
const HELP = `npm run bench -- [options]
  (none)            everything: journeys at 4x and 1x CPU, JS + CSS until idle, Lighthouse over
                    HTTP/2 and HTTP/1.1 (three runs each), the first-load size
  --journeys-only   only the journeys (with --no-build and --rates=4, about a minute)
  --seeds=1,2,3,6   which journeys (odd: for oneself, even: someone I support; 1-2 England,
                    3-4 Scotland, 5-6 Wales, 7-8 Northern Ireland, then round again)
  --rates=4,1       CPU slowdowns for the journeys
  --runs=3          Lighthouse runs per page
  --http1           Lighthouse over plain HTTP/1.1 only
  --no-build        use dist/ as it is (after npm run build)
  --locked-phase    tap just after a paint, as the bench did until 2026-12-06 (the slowest moment
                    of a frame), instead of at a random moment of the frame as a finger does
  --start-read=300  ms spent on the start page before "Start now" (every other page: 300). The
                    later pages load once the start page has been quiet for 2.5 s, or at once
                    when the person leaves it: 300 ms is someone who taps without reading, and
                    their first taps meet that loading; 4000 is someone who reads the page first
  --hold=0          ms a finger stays on the glass before it lifts. 0 (the default, and the
                    measure issue 22 was written with): the touch and its lift are sent together,
                    as Playwright's tap does, so the touch's own frame falls into the click's
                    input delay. 80 is a finger's tap (docs/performance.md, "Held taps")
  --trace           trace the slowest taps at 4x on an unminified build and say where the time goes`;

export function parseOptions(argv) {
  const value = (name, fallback) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
  const numbers = (name, fallback, least = 1) => {
    const list = value(name, fallback).split(',').map(Number);
    if (list.some((n) => !Number.isInteger(n) || n < least)) throw new Error(`--${name} takes whole numbers from ${least}, e.g. --${name}=${fallback}`);
    return list;
  };
  const known = ['--journeys-only', '--http1', '--no-build', '--trace', '--help', '--locked-phase'];
  const unknown = argv.filter((a) => !known.includes(a) && !/^--(seeds|rates|runs|start-read|hold)=/.test(a));
  if (unknown.length || argv.includes('--help')) {
    console.log(HELP);
    if (unknown.length) throw new Error(`unknown option ${unknown.join(' ')}`);
    process.exit(0);
  }
  return {
    journeysOnly: argv.includes('--journeys-only'),
    trace: argv.includes('--trace'),
    http1Only: argv.includes('--http1'),
    build: !argv.includes('--no-build'),
    lockedPhase: argv.includes('--locked-phase'),
    seeds: numbers('seeds', '1,2,3,6'),
    rates: numbers('rates', '4,1'),
    runs: numbers('runs', '3')[0],
    startReadMs: numbers('start-read', '300')[0],
    holdMs: numbers('hold', '0', 0)[0],
  };
}
