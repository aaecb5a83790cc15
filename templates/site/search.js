// Summitry's search: no server, nothing fetched. search-index.js (loaded before this script)
// holds window.summitrySearch, an array of {t: title, p: people, d: description, w: when and
// where, u: page}. Results are built with DOM calls and textContent only, never as HTML.
(function () {
  "use strict";
  var items = window.summitrySearch || [];
  var form = document.querySelector("form.search-page");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!input || !status || !list) return;

  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var folded = items.map(function (it) {
    return { title: fold(it.t), rest: fold(it.p + " " + it.d) };
  });

  function show(query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) { status.textContent = ""; return; }
    var hits = [];
    for (var i = 0; i < items.length; i++) {
      var f = folded[i], score = 0, all = true;
      for (var w = 0; w < words.length; w++) {
        if (f.title.indexOf(words[w]) >= 0) score += 2;
        else if (f.rest.indexOf(words[w]) >= 0) score += 1;
        else { all = false; break; }
      }
      if (all) hits.push({ i: i, score: score });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.i - b.i; });
    hits = hits.slice(0, 100);
    hits.forEach(function (h) {
      var it = items[h.i];
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = it.u;
      a.textContent = it.t;
      li.appendChild(a);
      var meta = document.createElement("div");
      meta.className = "meta";
      meta.textContent = it.w + (it.p ? " · " + it.p : "");
      li.appendChild(meta);
      list.appendChild(li);
    });
    status.textContent = hits.length === 0 ? status.getAttribute("data-none")
                                           : hits.length + " " + status.getAttribute("data-results");
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  show(query);
  input.addEventListener("input", function () { show(input.value); });
  if (form) form.addEventListener("submit", function (e) {
    e.preventDefault();
    show(input.value);
  });
})();
