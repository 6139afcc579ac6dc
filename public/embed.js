/*
 * Host-page script for embedded 深圳各区高质量发展承诺看板 iframes: sizes each iframe to its content.
 * No dependencies, no globals, nothing sent anywhere. See docs/embedding.md.
 *
 *   <iframe data-szpledges src="https://dashboards.example/pledges/?embed=1&view=map" title="深圳各区承诺：区域分布"
 *           style="display:block;width:100%;border:0" height="600"></iframe>
 *   <script src="https://dashboards.example/pledges/embed.js" defer></script>
 *
 * A height is applied only when the message comes from the window inside one of those iframes AND from the
 * origin its src names, so no other frame or page can resize (or probe) them.
 */
(function () {
  'use strict';

  var HEIGHT = 'szpledges:height';
  var PING = 'szpledges:ping';
  var FRAMES = 'iframe[data-szpledges]';
  // Higher than any real dashboard; a runaway value must not make the host page endless.
  var MAX_HEIGHT = 100000;

  function originOf(iframe) {
    try {
      return new URL(iframe.getAttribute('src') || '', document.baseURI).origin;
    } catch {
      return null;
    }
  }

  function heightIn(data) {
    if (!data || typeof data !== 'object' || data.type !== HEIGHT) return null;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > MAX_HEIGHT) return null;
    return Math.ceil(height);
  }

  function senderOf(event) {
    var frames = document.querySelectorAll(FRAMES);
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        return originOf(frames[i]) === event.origin ? frames[i] : null;
      }
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var height = heightIn(event.data);
    if (height === null) return;
    var iframe = senderOf(event);
    if (iframe) iframe.style.height = height + 'px';
  });

  // A frame that reported before this script ran is asked again. The ping says nothing, so any origin may
  // receive it ('*' also avoids an error while a frame still shows about:blank).
  function ping(iframe) {
    if (iframe.contentWindow) iframe.contentWindow.postMessage({ type: PING }, '*');
  }
  var frames = document.querySelectorAll(FRAMES);
  for (var i = 0; i < frames.length; i++) {
    frames[i].addEventListener('load', ping.bind(null, frames[i]));
    ping(frames[i]);
  }
})();
