import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { initI18n } from '../../i18n/init';
import { EmbedPage } from './EmbedPage';
import '../../styles.css';

// The guide lives beside this page: index.html in the same folder.
const appUrl = new URL('./', window.location.href).toString();

initI18n('en').then(async () => {
  await i18next.loadNamespaces(['embed']);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <EmbedPage appUrl={appUrl} />
    </StrictMode>,
  );
});
