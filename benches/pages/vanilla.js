/* The benchmark's "no framework" floor: the same events as the explainer's timeline, as a list with
 * the same theme chips, a search box and a live count, written directly against the DOM. Like the
 * explainer it renders at most PAGE matching events and counts them all. Reads window.BENCH_DATA
 * (benches/peer_data.rs). Not part of the product.
 * window.benchMount(el) renders into el and returns a function that empties it again. */
window.benchMount = function (root) {
  "use strict";
  var PAGE = 120;
  var data = window.BENCH_DATA;
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  var folded = data.events.map(function (e) { return (e.title + " " + e.summary).toLowerCase(); });
  var chosen = new Set();
  var words = [];

  var search = document.createElement("input");
  search.type = "search";
  search.className = "search";
  search.setAttribute("aria-label", "Search events");
  var chips = document.createElement("div");
  chips.className = "chips";
  var count = document.createElement("p");
  count.className = "count";
  count.setAttribute("role", "status");
  var list = document.createElement("ol");
  list.className = "events";
  root.append(search, chips, count, list);

  data.themes.forEach(function (name, ix) {
    var chip = document.createElement("button");
    chip.type = "button";
    chip.className = "chip";
    chip.textContent = name;
    chip.setAttribute("aria-pressed", "false");
    chip.addEventListener("click", function () {
      if (chosen.has(ix)) chosen.delete(ix); else chosen.add(ix);
      chip.setAttribute("aria-pressed", String(chosen.has(ix)));
      render();
    });
    chips.append(chip);
  });
  search.addEventListener("input", function () {
    words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    render();
  });

  function when(e) {
    if (!e.month) return String(e.year);
    var month = MONTHS[e.month - 1] + " ";
    return e.day ? month + e.day + ", " + e.year : month + e.year;
  }

  function shown(e, ix) {
    if (chosen.size && !e.themes.some(function (t) { return chosen.has(t); })) return false;
    return words.every(function (w) { return folded[ix].indexOf(w) >= 0; });
  }

  function item(e) {
    var li = document.createElement("li");
    li.className = "event";
    var h = document.createElement("h3");
    h.className = "event-title";
    h.textContent = e.title;
    var t = document.createElement("p");
    t.className = "event-date";
    t.textContent = when(e);
    var p = document.createElement("p");
    p.textContent = e.summary;
    li.append(h, t, p);
    return li;
  }

  function render() {
    var items = [];
    var total = 0;
    data.events.forEach(function (e, ix) {
      if (!shown(e, ix)) return;
      total += 1;
      if (items.length < PAGE) items.push(item(e));
    });
    list.replaceChildren.apply(list, items);
    count.textContent = total + " of " + data.events.length + " events";
  }
  render();
  return function () {
    root.replaceChildren();
  };
};
