/* Balanza embed loader: sizes each Balanza iframe on this page to the height its widget posts.
   It trusts a message only if it comes from Balanza's origin (taken from this script's own src) AND from the
   window of an iframe of that origin on this page; anything else is ignored. Safe to include more than once. */
(function () {
  "use strict";
  if (window.__balanzaEmbed) return;
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  window.__balanzaEmbed = origin;

  function ownFrame(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow === source && f.src && new URL(f.src, location.href).origin === origin) return f;
    }
    return null;
  }

  window.addEventListener("message", function (e) {
    if (e.origin !== origin) return;
    var d = e.data;
    if (!d || d.type !== "balanza:height" || typeof d.height !== "number" || !(d.height > 0) || d.height > 20000)
      return;
    var frame = ownFrame(e.source);
    if (frame) frame.style.height = Math.ceil(d.height) + "px";
  });
})();
