import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n, loadQuestionTexts, remainingTextLoads } from './i18n/init';
import { loadFontFor } from './i18n/changeLanguage';
import { laterPagePreloads, laterPagesWanted } from './screens/laterPages';
import { parseEmbedOptions } from './embed/params';
import { DEFAULT_LANGUAGE, isLanguage } from './i18n/languages';
import { inTurn, pageIdle, whenThreadIdle } from './lib/schedule';
import './styles.css';

const root = document.getElementById('root')!;
const options = parseEmbedOptions(window.location.search);
if (options.accent) {
  for (const name of ['--brand', '--link', '--success']) document.documentElement.style.setProperty(name, options.accent);
}
// The page's own language (dist/ar/index.html is prerendered in Arabic) unless ?lang= says otherwise.
const pageLanguage = document.documentElement.lang;
const language = options.lang ?? (isLanguage(pageLanguage) ? pageLanguage : DEFAULT_LANGUAGE);

/** Lets the browser handle taps and paint between the steps of starting up, on slow phones. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start() {
  // (Offline, a language with no copy on this device falls back to English: see initI18n.)
  const i18n = await initI18n(language);
  void loadFontFor(i18n.language as typeof language);
  await nextTask();
  const app = (
    <StrictMode>
      <App options={options} />
    </StrictMode>
  );
  // The start page was prerendered at build time: hydrate it when it is what the app would draw.
  // Inside a transition React hydrates in short slices, so a slow phone still answers a tap while
  // the app starts (one long task here was most of Lighthouse's Total Blocking Time).
  const prerendered = root.dataset.prerendered;
  // An error an error boundary has caught is shown to the person and handled: not a console error.
  const rootOptions = { onCaughtError: (error: unknown) => console.warn('Handled by an error boundary:', error) };
  startTransition(() => {
    if (prerendered === i18n.language && !options.embed && !options.region) hydrateRoot(root, app, rootOptions);
    else createRoot(root, rootOptions).render(app);
  });
  await nextTask();
  // The next page (the first question) needs its texts: they come now. Everything else waits until
  // the page is idle, so that it cannot slow the start page or the first taps on a slow phone
  // (docs/performance.md): the later pages and their texts, warming Intl up for them, and then the
  // service worker, whose copy of the whole app for offline use is the largest download of all.
  // If the person leaves the start page first, the rest comes at once: the outcome may be only a
  // few taps away, and its page must never be drawn without its code and texts.
  const questions = loadQuestionTexts();
  await Promise.race([pageIdle(questions, 2500), laterPagesWanted()]);
  // One piece per idle moment, so that none of it delays a tap by long.
  const warm = async (lang: string) => inTurn((await import('./lib/formatMore')).formatterWarmUps(lang));
  const later = inTurn([...remainingTextLoads(), ...laterPagePreloads(), () => warm(i18n.language)], laterPagesWanted());
  i18n.on('languageChanged', (lang: string) => whenThreadIdle(() => void warm(lang)));
  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    const script = import.meta.url;
    await later.catch(() => undefined);
    import('./offline/serviceWorker').then(
      (worker) => worker.registerServiceWorker(script),
      () => {
        // Offline use is a bonus: the app works without it.
      },
    );
  }
}

void start();
