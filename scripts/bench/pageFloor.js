// The page floor's page (scripts/bench/floor.mjs): the guide's own pages, drawn by React with
// nothing of the guide behind them. The pages are copies of what a journey through the built app
// showed (its header, footer and each page's <main>), with the app's own stylesheet. Each Continue
// draws the next copy in place of the last (a keyed remount, as the guide does) and focuses its
// heading. What is between this floor and the journeys is the guide's work on a tap: the machine,
// the texts, the history entry and its components; what is between it and the React floor is the
// weight of the pages themselves. Built by vite into one script when the bench runs.
import { createElement as h, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

const { pages, header, footer } = JSON.parse(document.getElementById('pages').textContent);

function Main({ n }) {
  const main = useRef(null);
  useEffect(() => main.current.querySelector('h1')?.focus(), []);
  return h('main', { id: 'main', className: 'main', tabIndex: -1, ref: main, dangerouslySetInnerHTML: { __html: pages[n % pages.length] } });
}

function App() {
  const [n, setN] = useState(0);
  // The copies' buttons have no handlers of their own: React sees their clicks here, as it sees
  // the guide's at its root. A copy's form is never sent.
  const onClick = (event) => {
    if (!event.target.closest('main .button:not(.button--secondary)')) return;
    event.preventDefault();
    setN(n + 1);
  };
  const copy = (html) => h('div', { style: { display: 'contents' }, dangerouslySetInnerHTML: { __html: html } });
  return h('div', { className: 'app', onClick, onSubmit: (event) => event.preventDefault() }, copy(header), h(Main, { key: n, n }), copy(footer));
}

createRoot(document.getElementById('root')).render(h(App));
