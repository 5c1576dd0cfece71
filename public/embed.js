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

  var ID = /^[\w-]{1,64}$/;

  /** A plain object (not an array, not a class instance) whose own keys are exactly `keys`. */
  function hasExactly(value, keys) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
    // A plain object's prototype is an Object.prototype (of whichever window made it), or null.
    var proto = Object.getPrototypeOf(value);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return false;
    var own = Object.keys(value);
    if (own.length !== keys.length) return false;
    for (var i = 0; i < keys.length; i++) if (!Object.prototype.hasOwnProperty.call(value, keys[i])) return false;
    return true;
  }

  // Only the two shapes our embeds send: {"datawrapper-height": {"<id>": <number>}} and AMP's
  // {"sentinel": "amp", "type": "embed-size", "height": <number>}. Anything else, e.g. [800], is ignored.
  function heightFrom(data) {
    if (hasExactly(data, ['sentinel', 'type', 'height'])) {
      return data.sentinel === 'amp' && data.type === 'embed-size' ? data.height : null;
    }
    if (!hasExactly(data, ['datawrapper-height'])) return null;
    var byId = data['datawrapper-height'];
    if (!byId || typeof byId !== 'object' || Array.isArray(byId)) return null;
    var ids = Object.keys(byId);
    return ids.length === 1 && ID.test(ids[0]) && hasExactly(byId, ids) ? byId[ids[0]] : null;
  }

  window.addEventListener('message', function (event) {
    var height = heightFrom(event.data);
    if (typeof height !== 'number' || !isFinite(height) || !(height > 0) || height > 20000) return;
    var frames = document.querySelectorAll('iframe[data-incident-atlas]');
    for (var i = 0; i < frames.length; i++) {
      // Only our own iframes may resize themselves.
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + 'px';
    }
  });
})();
