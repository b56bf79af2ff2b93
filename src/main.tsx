import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n, loadRemainingTexts } from './i18n/init';
import { parseEmbedOptions } from './embed/params';
import { DEFAULT_LANGUAGE, isLanguage } from './i18n/languages';
import './styles.css';

const root = document.getElementById('root')!;
const options = parseEmbedOptions(window.location.search);
if (options.accent) {
  for (const name of ['--brand', '--link', '--success']) document.documentElement.style.setProperty(name, options.accent);
}
// The page's own language (dist/ar/index.html is prerendered in Arabic) unless ?lang= says otherwise.
const pageLanguage = document.documentElement.lang;
const language = options.lang ?? (isLanguage(pageLanguage) ? pageLanguage : DEFAULT_LANGUAGE);

initI18n(language).then(() => {
  const app = (
    <StrictMode>
      <App options={options} />
    </StrictMode>
  );
  // The start page was prerendered at build time: hydrate it when it is what the app would draw.
  const prerendered = root.dataset.prerendered;
  if (prerendered === language && !options.embed && !options.region) hydrateRoot(root, app);
  else createRoot(root).render(app);
  void loadRemainingTexts();
  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    navigator.serviceWorker.register('./sw.js', { updateViaCache: 'none' }).catch(() => {
      // Offline use is a bonus: the app works without it.
    });
  }
});
