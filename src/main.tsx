import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n, loadRemainingTexts } from './i18n/init';
import { languageFromUrl } from './i18n/languages';
import './styles.css';

const root = document.getElementById('root')!;
initI18n(languageFromUrl(window.location.search)).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void loadRemainingTexts();
});
