/* Balanza widget: tooltips, arrow-key moves between chart marks, and the frame's height posted to the
   embedding page (public/embed.js sizes the iframe). The chart, numbers and source are in the HTML already. */
(function () {
  "use strict";
  var tip = document.querySelector(".tip");
  var main = document.querySelector("main");

  function show(mark) {
    if (!tip || !main) return;
    tip.textContent = mark.getAttribute("aria-label") || "";
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    var frame = main.getBoundingClientRect();
    var left = Math.min(
      Math.max(4, box.left - frame.left + box.width / 2 - tip.offsetWidth / 2),
      frame.width - tip.offsetWidth - 4,
    );
    var top = box.top - frame.top - tip.offsetHeight - 6;
    if (top < 0) top = box.bottom - frame.top + 6;
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }
  function hide() {
    if (tip) tip.hidden = true;
  }
  function markOf(target) {
    return target && target.closest ? target.closest(".pt") : null;
  }

  document.addEventListener("pointerover", function (e) {
    var m = markOf(e.target);
    if (m) show(m);
  });
  document.addEventListener("pointerout", function (e) {
    if (markOf(e.target)) hide();
  });
  document.addEventListener("focusin", function (e) {
    var m = markOf(e.target);
    if (m) show(m);
    else hide();
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (e) {
    var mark = markOf(e.target);
    if (e.key === "Escape") return hide();
    if (!mark) return;
    var marks = Array.prototype.slice.call(mark.ownerSVGElement.querySelectorAll(".pt"));
    var i = marks.indexOf(mark);
    var next = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      Home: 0,
      End: marks.length - 1,
    }[e.key];
    if (next === undefined || !marks[next]) return;
    e.preventDefault();
    mark.setAttribute("tabindex", "-1");
    marks[next].setAttribute("tabindex", "0");
    marks[next].focus();
  });

  // Height to the parent page; "*" because any site may embed the widget and the message is only a number.
  if (window.parent !== window) {
    var last = 0;
    var post = function () {
      var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (h === last) return;
      last = h;
      window.parent.postMessage({ type: "balanza:height", height: h }, "*");
    };
    post();
    if (window.ResizeObserver) new ResizeObserver(post).observe(document.documentElement);
    window.addEventListener("load", post);
  }
})();
