/* The phone ballot: pick your name, place your dots, confirm, cast.
   Plain ES5 and XMLHttpRequest, so a phone of five years ago runs it. A voter's choices
   live only in this script's variables while they vote: nothing is stored in the
   browser, nothing is put in the address or the history, and everything is wiped once
   the vote is cast (or the page is left), so a tablet passed round shows the next
   person nothing of the last one's vote. */
(function () {
  "use strict";

  var base = location.pathname.replace(/[^\/]*$/, ""); // "/b/TOKEN/"
  var WORDS = null;
  var lang = "en";
  var round = null; // the round as /round gave it
  var voter = null; // {id, name} while someone votes
  var dots = {}; // item id -> dots, while someone votes
  var screen = "loading";
  var casting = false;
  var SCREENS = ["loading", "names", "ballot", "confirm", "thanks", "closed", "draft", "offline"];

  function $(id) {
    return document.getElementById(id);
  }

  function t(key, fields) {
    var text = (WORDS && WORDS[lang] && WORDS[lang][key]) || (WORDS && WORDS.en[key]) || key;
    if (fields) {
      text = text.replace(/\{(\w+)\}/g, function (whole, name) {
        return Object.prototype.hasOwnProperty.call(fields, name) ? String(fields[name]) : whole;
      });
    }
    return text;
  }

  function clear(element) {
    while (element.firstChild) {
      element.removeChild(element.firstChild);
    }
  }

  function make(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  // Talking to the laptop -------------------------------------------------------------

  function request(method, path, body, done) {
    var xhr = new XMLHttpRequest();
    var finished = false;
    function finish(status, data) {
      if (finished) return;
      finished = true;
      done(status, data);
    }
    xhr.open(method, base + path + "?lang=" + lang, true);
    xhr.timeout = 15000;
    xhr.setRequestHeader("Accept", "application/json");
    if (body !== null) xhr.setRequestHeader("Content-Type", "application/json");
    xhr.onload = function () {
      var data = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch (e) {
        data = null;
      }
      finish(xhr.status, data);
    };
    xhr.onerror = function () { finish(0, null); };
    xhr.ontimeout = function () { finish(0, null); };
    xhr.send(body !== null ? JSON.stringify(body) : null);
  }

  // Language ---------------------------------------------------------------------------

  function firstLanguage() {
    var asked = /[?&]lang=(cy|en)(&|$)/.exec(location.search);
    if (asked) return asked[1];
    var list = navigator.languages && navigator.languages.length
      ? navigator.languages
      : [navigator.language || navigator.userLanguage || "en"];
    for (var i = 0; i < list.length; i++) {
      var code = String(list[i]).toLowerCase().split("-")[0];
      if (code === "cy" || code === "en") return code;
    }
    return "en";
  }

  function setLanguage(code) {
    lang = code;
    document.documentElement.lang = code;
    document.title = t("page.title");
    $("lang-cy").setAttribute("aria-pressed", code === "cy" ? "true" : "false");
    $("lang-en").setAttribute("aria-pressed", code === "en" ? "true" : "false");
    var marked = document.querySelectorAll("[data-words]");
    for (var i = 0; i < marked.length; i++) {
      marked[i].textContent = t(marked[i].getAttribute("data-words"));
    }
    $("error").textContent = "";
    if (screen === "ballot") renderBallot();
    if (screen === "confirm") renderConfirm();
    if (screen === "offline") $("offline-text").textContent = t("page.offline");
    if (history.replaceState) {
      history.replaceState(history.state, "", base + "?lang=" + code);
    }
  }

  // Screens ----------------------------------------------------------------------------

  function show(name, keepError) {
    screen = name;
    for (var i = 0; i < SCREENS.length; i++) {
      $("screen-" + SCREENS[i]).hidden = SCREENS[i] !== name;
    }
    if (!keepError) $("error").textContent = "";
    var heading = $("screen-" + name).querySelector("h2");
    if (heading && name !== "loading") {
      try {
        heading.focus();
      } catch (e) { /* an old browser without focusable headings */ }
    }
  }

  function showError(text) {
    $("error").textContent = text;
  }

  function wipe() {
    // Forget the ballot: the choices, and every element that showed them.
    voter = null;
    dots = {};
    casting = false;
    clear($("items"));
    clear($("choices"));
    clear($("names")); // filtered down, it would name the last voter
    $("confirm-note").textContent = "";
    $("dots-left").textContent = "";
    $("ballot-heading").textContent = "";
    $("search").value = "";
  }

  function load(then) {
    request("GET", "round", null, function (status, data) {
      if (status === 200 && data) {
        round = data;
        $("question").textContent = data.question;
        then();
      } else if (status === 404) {
        $("question").textContent = "";
        $("offline-text").textContent = t("page.gone");
        show("offline");
      } else {
        $("offline-text").textContent = t("page.offline");
        show("offline");
      }
    });
  }

  function startOver(keepError) {
    wipe();
    load(function () {
      if (round.status === "closed") {
        show("closed", keepError);
      } else if (round.status !== "open") {
        show("draft", keepError);
      } else {
        renderNames();
        show("names", keepError);
      }
    });
  }

  // Names ------------------------------------------------------------------------------

  function fold(text) {
    text = String(text).toLowerCase();
    if (text.normalize) text = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    return text;
  }

  function renderNames() {
    var list = $("names");
    var query = fold($("search").value.replace(/^\s+|\s+$/g, ""));
    var shown = 0;
    clear(list);
    for (var i = 0; i < round.voters.length; i++) {
      var person = round.voters[i];
      if (query && fold(person.name).indexOf(query) < 0) continue;
      var item = make("li");
      var button = make("button", "name", person.name);
      button.type = "button";
      button.onclick = (function (chosen) {
        return function () { startBallot(chosen); };
      })(person);
      item.appendChild(button);
      list.appendChild(item);
      shown++;
    }
    $("search-area").hidden = round.voters.length === 0;
    $("no-match").hidden = !(round.voters.length > 0 && shown === 0);
    $("all-voted").hidden = round.voters.length > 0;
  }

  // The ballot -------------------------------------------------------------------------

  function used() {
    var total = 0;
    for (var key in dots) {
      if (Object.prototype.hasOwnProperty.call(dots, key)) total += dots[key];
    }
    return total;
  }

  function dotsWords(count) {
    if (count === 0) return t("page.item_dots_0");
    if (count === 1) return t("page.item_dots_1");
    return t("page.item_dots", { count: count });
  }

  function leftWords() {
    var total = round.dots_per_voter;
    var left = total - used();
    if (left === 0) {
      return total === 1 ? t("page.dots_none_left_one") : t("page.dots_none_left", { total: total });
    }
    return total === 1 ? t("page.dots_left_one", { left: left }) : t("page.dots_left", { left: left, total: total });
  }

  function startBallot(person) {
    voter = person;
    dots = {};
    renderBallot();
    show("ballot");
    if (history.pushState) history.pushState({ screen: "ballot" }, "", base + "?lang=" + lang);
  }

  function renderBallot() {
    var cap = round.max_dots_per_item;
    $("ballot-heading").textContent = t("page.ballot_heading", { name: voter.name });
    $("ballot-hint").textContent = cap === 1 ? t("page.ballot_hint_one") : t("page.ballot_hint", { cap: cap });
    var list = $("items");
    clear(list);
    for (var i = 0; i < round.items.length; i++) {
      list.appendChild(itemRow(round.items[i]));
    }
    update();
  }

  function itemRow(item) {
    var row = make("li", "item");
    row.id = "item-" + item.id;
    var text = make("div", "item-text");
    text.appendChild(make("span", "number", String(item.number)));
    var label = make("span", "label", item.text);
    label.id = "label-" + item.id;
    text.appendChild(label);
    row.appendChild(text);

    var controls = make("div", "controls");
    var minus = make("button", "step remove", "\u2212");
    minus.type = "button";
    minus.id = "remove-" + item.id;
    minus.setAttribute("aria-label", t("page.remove", { n: item.number }));
    minus.setAttribute("aria-describedby", label.id);
    minus.onclick = function () { change(item.id, -1); };
    var count = make("span", "count");
    count.id = "count-" + item.id;
    var plus = make("button", "step add", "+");
    plus.type = "button";
    plus.id = "add-" + item.id;
    plus.setAttribute("aria-label", t("page.add", { n: item.number }));
    plus.setAttribute("aria-describedby", label.id);
    plus.onclick = function () { change(item.id, 1); };
    controls.appendChild(minus);
    controls.appendChild(count);
    controls.appendChild(plus);
    row.appendChild(controls);
    return row;
  }

  function change(itemId, step) {
    var now = dots[itemId] || 0;
    var next = now + step;
    if (next < 0 || next > round.max_dots_per_item) return;
    if (step > 0 && used() >= round.dots_per_voter) return;
    if (next === 0) {
      delete dots[itemId];
    } else {
      dots[itemId] = next;
    }
    update();
  }

  function update() {
    var cap = round.max_dots_per_item;
    var full = used() >= round.dots_per_voter;
    for (var i = 0; i < round.items.length; i++) {
      var item = round.items[i];
      var count = dots[item.id] || 0;
      var box = $("count-" + item.id);
      clear(box);
      if (cap <= 5) {
        for (var d = 0; d < cap; d++) {
          var dot = make("span", d < count ? "dot" : "dot empty");
          dot.setAttribute("aria-hidden", "true");
          box.appendChild(dot);
        }
        box.appendChild(make("span", "sr-only", dotsWords(count)));
      } else {
        box.appendChild(make("span", "count-text", dotsWords(count)));
      }
      $("item-" + item.id).className = count > 0 ? "item has-dots" : "item";
      $("remove-" + item.id).setAttribute("aria-disabled", count === 0 ? "true" : "false");
      $("add-" + item.id).setAttribute("aria-disabled", count >= cap || full ? "true" : "false");
    }
    $("dots-left").textContent = leftWords();
  }

  // Confirming and casting --------------------------------------------------------------

  function review() {
    renderConfirm();
    show("confirm");
    if (history.pushState) history.pushState({ screen: "confirm" }, "", base + "?lang=" + lang);
  }

  function renderConfirm() {
    var list = $("choices");
    clear(list);
    for (var i = 0; i < round.items.length; i++) {
      var item = round.items[i];
      if (dots[item.id]) {
        list.appendChild(make("li", "", dotsWords(dots[item.id]) + ": " + item.number + ". " + item.text));
      }
    }
    var left = round.dots_per_voter - used();
    if (used() === 0) {
      $("confirm-note").textContent = t("page.confirm_none");
    } else if (left > 0) {
      $("confirm-note").textContent = t("page.confirm_unused", { left: left });
    } else {
      $("confirm-note").textContent = "";
    }
    $("cast").setAttribute("aria-disabled", "false");
    $("cast").textContent = t("page.cast");
  }

  function cast() {
    if (casting || !voter) return;
    casting = true;
    $("cast").setAttribute("aria-disabled", "true");
    $("cast").textContent = t("page.casting");
    $("error").textContent = "";
    var ballot = {};
    for (var key in dots) {
      if (Object.prototype.hasOwnProperty.call(dots, key) && dots[key] > 0) ballot[key] = dots[key];
    }
    request("POST", "ballot", { voter: voter.id, dots: ballot }, function (status, data) {
      casting = false;
      var said = data && data.error ? data.error : "";
      if (status === 201) {
        wipe();
        show("thanks");
        if (history.replaceState) history.replaceState({ screen: "thanks" }, "", base + "?lang=" + lang);
      } else if (status === 409) {
        // Voting closed, or this name has voted already: start again from the round.
        showError(said);
        startOver(true);
      } else if (status === 404) {
        wipe();
        $("offline-text").textContent = t("page.gone");
        show("offline");
      } else {
        renderConfirm();
        showError(status === 0 ? t("page.offline") : said || t("error.not_stored"));
      }
    });
  }

  // Wiring -----------------------------------------------------------------------------

  function wire() {
    $("lang-cy").onclick = function () { setLanguage("cy"); };
    $("lang-en").onclick = function () { setLanguage("en"); };
    $("search").oninput = renderNames;
    $("search").onkeyup = renderNames; // browsers without the input event
    $("review").onclick = review;
    $("not-me").onclick = function () { startOver(false); };
    $("cast").onclick = cast;
    $("change").onclick = function () {
      renderBallot();
      show("ballot");
    };
    $("next-person").onclick = function () { startOver(false); };
    $("draft-retry").onclick = function () { startOver(false); };
    $("offline-retry").onclick = function () {
      if (voter && round && round.status === "open") {
        review();
      } else {
        startOver(false);
      }
    };
    window.onpopstate = function (event) {
      var wanted = event.state && event.state.screen;
      if (voter && wanted === "ballot") {
        renderBallot();
        show("ballot");
      } else if (voter && wanted === "confirm") {
        renderConfirm();
        show("confirm");
      } else {
        startOver(false);
      }
    };
    // Coming back to a page the browser kept in memory, or leaving it: no ballot stays.
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) startOver(false);
    });
    window.addEventListener("pagehide", function () {
      wipe();
    });
  }

  function start() {
    lang = firstLanguage();
    wire();
    var xhr = new XMLHttpRequest();
    xhr.open("GET", base + "words.json", true);
    xhr.timeout = 15000;
    xhr.onload = function () {
      try {
        WORDS = JSON.parse(xhr.responseText);
      } catch (e) {
        WORDS = null;
      }
      if (!WORDS || !WORDS.en) {
        $("loading").textContent = "The ballot could not be loaded. · Doedd dim modd llwytho'r bleidlais.";
        return;
      }
      setLanguage(lang);
      if (history.replaceState) history.replaceState(null, "", base + "?lang=" + lang);
      startOver(false);
    };
    xhr.onerror = xhr.ontimeout = function () {
      $("loading").textContent = "The ballot could not be reached. · Doedd dim modd cyrraedd y bleidlais.";
    };
    xhr.send(null);
  }

  start();
})();
