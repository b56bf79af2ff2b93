import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n, loadRemainingTexts } from './i18n/init';
import { parseEmbedOptions } from './embed/params';
import './styles.css';

const root = document.getElementById('root')!;
const options = parseEmbedOptions(window.location.search);
if (options.accent) {
  for (const name of ['--brand', '--link', '--success']) document.documentElement.style.setProperty(name, options.accent);
}
initI18n(options.lang).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App options={options} />
    </StrictMode>,
  );
  void loadRemainingTexts();
});
