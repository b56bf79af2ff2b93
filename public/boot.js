/*
 * Starts the app once the prerendered page has been painted. The page is readable without any
 * script; loading the app after the first paint keeps it from delaying that paint on slow phones.
 * The address of the app's script comes from this tag's data-app attribute (set at build time).
 */
(function () {
  'use strict';
  var tag = document.currentScript;
  var app = tag && tag.getAttribute('data-app');
  var preload = ((tag && tag.getAttribute('data-preload')) || '').split(' ').filter(Boolean);
  if (!app) return;
  function start() {
    preload.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.appendChild(link);
    });
    var script = document.createElement('script');
    script.type = 'module';
    script.src = app;
    document.head.appendChild(script);
  }
  // Two frames after the load event the first paint is on screen; a short pause more lets the
  // browser finish it before the app's larger files start downloading.
  function afterPaint() {
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        setTimeout(start, 50);
      });
    });
  }
  if (document.readyState === 'complete') afterPaint();
  else addEventListener('load', afterPaint);
})();
