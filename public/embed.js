/*
 * Incident Atlas resizer for host pages. Embed code:
 *   <iframe data-incident-atlas src=".../?embed=1&id=my-graphic" ...></iframe>
 *   <script async src=".../embed.js"></script>
 * Each embedded graphic posts its height; this sets the height of the iframe it came from.
 */
(function () {
  'use strict';
  if (window.incidentAtlasResizer) return;
  window.incidentAtlasResizer = true;

  function heightFrom(data) {
    if (!data || typeof data !== 'object') return null;
    if (data.sentinel === 'amp' && data.type === 'embed-size') return data.height;
    var dw = data['datawrapper-height'];
    if (dw && typeof dw === 'object') {
      for (var key in dw) if (Object.prototype.hasOwnProperty.call(dw, key)) return dw[key];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var height = heightFrom(event.data);
    if (typeof height !== 'number' || !(height > 0) || height > 20000) return;
    var frames = document.querySelectorAll('iframe[data-incident-atlas]');
    for (var i = 0; i < frames.length; i++) {
      // Only our own iframes may resize themselves.
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + 'px';
    }
  });
})();
