/*
 * NHS charges helper: host script for embedding (MIT licence, no dependencies).
 * Sizes every <iframe data-nhs-charges-embed> to the height the guide asks for: one height for
 * the frame's width and language, whatever page the guide shows (a page taller than that scrolls
 * inside the frame). It accepts only messages that come from that frame's own window and origin,
 * and that have exactly the documented shape. A frame marked data-nhs-charges-embed="fixed" keeps
 * the height the page gives it, and scrolls.
 */
(function () {
  'use strict';
  var TYPE = 'nhs-charges-helper:resize';

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-nhs-charges-embed]:not([data-nhs-charges-embed="fixed"])'));
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function valid(data) {
    if (!data || typeof data !== 'object') return false;
    var keys = Object.keys(data).sort().join();
    return (
      keys === 'height,kind,type,version' &&
      data.type === TYPE &&
      data.version === 1 &&
      typeof data.height === 'number' &&
      isFinite(data.height) &&
      data.height >= 0 &&
      data.height < 100000 &&
      (data.kind === 'question' || data.kind === 'outcome' || data.kind === 'page')
    );
  }

  window.addEventListener('message', function (event) {
    if (!valid(event.data)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (event.source === frame.contentWindow && event.origin === originOf(frame)) {
        frame.style.height = Math.ceil(event.data.height) + 'px';
        frame.setAttribute('data-step-kind', event.data.kind);
        return;
      }
    }
  });

  function prepare() {
    frames().forEach(function (frame) {
      frame.style.border = frame.style.border || '0';
      frame.style.width = frame.style.width || '100%';
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepare);
  else prepare();
})();
