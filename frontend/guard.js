// Quick exit, working before the app's code has loaded and whatever state it is in: someone may
// be looking over the young person's shoulder. A classic script of its own (the
// Content-Security-Policy allows no inline script), run at the end of the page's body, before
// the app's code.
// It also shows the first screen: the page carries the entry screens rendered at build time
// (frontend/src/shell/first_paint.rs), one <template> per screen and language, and this picks
// the one that fits, so something is on the screen while the app downloads.
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
  var ME_KEY = "tandem.me";
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
      // Answered here, also for the app's own button (it would only do the same again).
      event.preventDefault();
      event.stopPropagation();
      quickExit();
    },
    true,
  );

  function stored(key) {
    try {
      return localStorage.getItem(key);
    } catch (_) {
      return null;
    }
  }

  // As the app chooses (frontend/src/shell/mod.rs): the one kept, else the browser's, else English.
  function chosenLanguage(shipped) {
    var kept = stored(LANGUAGE_KEY);
    var browser = (navigator.language || "").split(/[-_]/)[0].toLowerCase();
    if (kept && shipped.indexOf(kept) >= 0) return kept;
    if (shipped.indexOf(browser) >= 0) return browser;
    return "en";
  }

  // The screen the app will show first, as far as the phone knows before asking the server.
  // Nobody's details are in any of them; a phone someone joined shows the bare frame.
  function firstScreen() {
    var someone = stored(ME_KEY) !== null;
    if (location.pathname === "/join") return "join";
    if (someone && stored(LOCKED_KEY)) return "locked";
    if (!someone && location.pathname === "/") return "home";
    return "loading";
  }

  function paint(slot, templates, language) {
    var screen = firstScreen();
    var chosen = null;
    templates.forEach(function (template) {
      var here = template.getAttribute("data-screen") === screen;
      if (here && template.getAttribute("data-language") === language) chosen = template;
      if (here && !chosen && template.getAttribute("data-language") === "en") chosen = template;
    });
    if (!chosen) return;
    var root = document.documentElement;
    root.setAttribute("lang", chosen.getAttribute("data-language"));
    root.setAttribute("dir", chosen.getAttribute("data-dir"));
    document.title = chosen.getAttribute("data-title");
    slot.textContent = "";
    slot.appendChild(chosen.content.cloneNode(true));
    // Buttons only the app can answer wait for it (a PIN key pressed now would be lost); quick
    // exit, the language and sending a form work already.
    slot.querySelectorAll("button:not([data-quick-exit]):not([type=submit])").forEach(function (button) {
      button.disabled = true;
    });
  }

  var slot = document.getElementById("first-paint");
  var templates = Array.prototype.slice.call(document.querySelectorAll("template[data-screen]"));
  var shipped = templates.map(function (template) {
    return template.getAttribute("data-language");
  });
  if (slot) {
    paint(slot, templates, chosenLanguage(shipped));
    // Another language chosen before the app is there: the same screen in that language.
    slot.addEventListener("change", function (event) {
      if (!event.target || event.target.id !== "language-select") return;
      try {
        localStorage.setItem(LANGUAGE_KEY, event.target.value);
      } catch (_) {
        // Not kept: this screen still changes.
      }
      paint(slot, templates, event.target.value);
    });
    // A form sent before the app is there is not sent by the browser (it would put what was
    // typed into the address); the app sends it when it takes over.
    slot.addEventListener("submit", function (event) {
      event.preventDefault();
      var forms = Array.prototype.slice.call(slot.querySelectorAll("form"));
      slot.setAttribute("data-sent", String(forms.indexOf(event.target)));
    });
  }

  // The staff page's early button: its words in the language chosen last time (the build writes
  // each language's into the page).
  var early = document.getElementById("early-exit");
  var kept = stored(LANGUAGE_KEY);
  var label = early && kept ? early.getAttribute("data-label-" + kept) : null;
  if (early && label) early.textContent = label;

  // A page kept whole in the browser's memory and shown again by Back: load it afresh, so
  // the app decides what may be shown (a locked phone shows the PIN screen only).
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) location.reload();
  });
})();
