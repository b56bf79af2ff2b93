// The React floor's page (scripts/bench/floor.mjs): what any React app pays for a tap that brings up
// a new question. Each Continue draws a new four-choice question in place of the last one, as the
// guide does (a keyed remount), and its effect focuses the new heading. Nothing else: no machine, no
// texts, no history. Built by vite into one script when the bench runs; not part of the app.
import { createElement as h, Fragment, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Question({ n }) {
  const heading = useRef(null);
  useEffect(() => heading.current.focus(), []);
  const choices = [0, 1, 2, 3].map((i) =>
    h('div', { key: i }, h('input', { type: 'radio', name: `q${n}`, id: `c${i}` }), h('label', { htmlFor: `c${i}` }, `Answer ${i + 1} to question ${n + 1}`)),
  );
  return h(Fragment, null, h('h1', { tabIndex: -1, ref: heading }, `Question ${n + 1}`), choices);
}

function App() {
  const [n, setN] = useState(0);
  return h('main', null, h(Question, { key: n, n }), h('button', { type: 'button', onClick: () => setN(n + 1) }, 'Continue'));
}

createRoot(document.getElementById('root')).render(h(App));
