// Quick exit, working before the app's code has loaded and whatever state it is in: someone may
// be looking over the young person's shoulder. A classic script of its own (the
// Content-Security-Policy allows no inline script), loaded before anything else.
// One tap on the quick exit button, or Shift pressed three times in a row (as GOV.UK's "Exit
// this page"), and the app:
// - locks the phone here (so it opens locked even offline) and on the server;
// - turns its history entry into the home address, so Back shows no page's address or content;
// - blanks the page and replaces it with a neutral site.
// Back to any of the app's entries loads the app afresh, which asks for the PIN first.
"use strict";
(function () {
  // Must match frontend/src/shell/quick_exit.rs and frontend/src/auth/mod.rs.
  var NEUTRAL_URL = "https://www.bbc.co.uk/weather";
  var LOCKED_KEY = "tandem.locked";
  var LANGUAGE_KEY = "tandem.language";
  var SHIFT_WINDOW_MS = 5000;

  function quickExit() {
    try {
      localStorage.setItem(LOCKED_KEY, "1");
    } catch (_) {
      // Storage refused (private mode): the server's lock still holds.
    }
    try {
      fetch("/api/v1/device/lock", { method: "POST", keepalive: true, credentials: "same-origin" }).catch(function () {});
    } catch (_) {
      // No fetch: nothing more to do here.
    }
    try {
      history.replaceState(null, "", "/");
    } catch (_) {
      // Leaving matters more than the address.
    }
    document.title = "";
    if (document.body) document.body.innerHTML = "";
    location.replace(NEUTRAL_URL);
  }
  window.tandemQuickExit = quickExit;

  var shifts = [];
  document.addEventListener(
    "keydown",
    function (event) {
      if (event.key !== "Shift") {
        shifts = [];
        return;
      }
      if (event.repeat) return;
      var now = Date.now();
      shifts = shifts.filter(function (at) {
        return now - at < SHIFT_WINDOW_MS;
      });
      shifts.push(now);
      if (shifts.length >= 3) quickExit();
    },
    true,
  );

  // The page's own button, there before the app is.
  document.addEventListener(
    "click",
    function (event) {
      var target = event.target && event.target.closest ? event.target.closest("[data-quick-exit]") : null;
      if (!target) return;
      event.preventDefault();
      quickExit();
    },
    true,
  );

  // Its words in the language chosen last time (the build writes each language's into the page).
  document.addEventListener("DOMContentLoaded", function () {
    var early = document.getElementById("early-exit");
    var language = null;
    try {
      language = localStorage.getItem(LANGUAGE_KEY);
    } catch (_) {
      language = null;
    }
    var label = early && language ? early.getAttribute("data-label-" + language) : null;
    if (label) early.textContent = label;
  });

  // A page kept whole in the browser's memory and shown again by Back: load it afresh, so
  // the app decides what may be shown (a locked phone shows the PIN screen only).
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) location.reload();
  });
})();
