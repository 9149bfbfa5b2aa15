// crosscheck review report: provenance, filters, keyboard and reviews.
// Everything this script shows comes from the page's own escaped HTML or from its JSON blocks;
// it never builds HTML from strings of its own, only text and attributes. The one markup it
// parses is the page's: a card's number line and rows that crosscheck wrote, escaped, inside a
// <noscript> (text to a browser running this script, the card itself to one that is not).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("crosscheck-data").textContent);
  var STORE = "crosscheck:reviews:" + data.key;
  var cards = Array.prototype.slice.call(document.querySelectorAll(".cluster"));
  var current = -1;

  // ------------------------------------------------------------------ drawing cards
  // What a card's markup says once for all its rows: a link's hint says what clicking does
  // (which only this script makes happen); an original opens beside the report (without the
  // script it opens in its place, and the page's referrer policy holds either way); an interval
  // on the number line is the figure, and has the hover text, of the outlet's name in its row.
  function hint(root) {
    root.querySelectorAll(".claim-link:not([title])").forEach(function (link) {
      link.title = !link.classList.contains("statement-link") ? "Show this figure in its article"
        : link.closest(".parts") ? "Show this passage in its article" : "Show this statement in its article";
    });
    root.querySelectorAll("a.original:not([target])").forEach(function (link) {
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      if (link.closest(".sentence")) link.title = "Open the original page at this sentence";
    });
    root.querySelectorAll(".figure").forEach(function (figure) {
      var labels = figure.querySelectorAll(".row-label");
      figure.querySelectorAll("g.interval").forEach(function (bar, i) {
        var label = labels[i];
        if (!label || bar.hasAttribute("data-claim")) return;
        bar.setAttribute("data-claim", label.dataset.claim);
        bar.setAttribute("data-article", label.dataset.article);
        var title = document.createElementNS("http://www.w3.org/2000/svg", "title");
        title.textContent = label.title;
        bar.insertBefore(title, bar.firstChild);
      });
    });
  }
  function undrawn(card) { return card.querySelector(".card-body > noscript"); }
  // A card past the first few holds its number line and rows as markup in a <noscript>: read as
  // one piece of text, it cost the page nothing to open. It is drawn when it comes near the
  // screen, is stepped or jumped to, a highlight in an article leads to it, or the page is
  // printed or searched with the browser's own find; the page's search reads it undrawn.
  function draw(card) {
    if (!card) return;
    var held = undrawn(card);
    if (held) {
      var parsed = document.createElement("template");
      parsed.innerHTML = held.textContent;  // crosscheck's own markup, escaped when written (see above)
      hint(parsed.content);
      held.parentNode.replaceChild(parsed.content, held);
      if (watcher) watcher.unobserve(card);
    }
    addForm(card);
  }
  function drawAll() { cards.forEach(draw); }
  var watcher = window.IntersectionObserver ? new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) { if (entry.isIntersecting) draw(entry.target); });
  }, { rootMargin: "1500px 0px" }) : null;
  // Paper gets every card the filters show, whole.
  window.addEventListener("beforeprint", drawAll);
  if (window.matchMedia) {
    var printing = window.matchMedia("print");
    var onPrint = function (e) { if (e.matches) drawAll(); };
    if (printing.addEventListener) printing.addEventListener("change", onPrint); else if (printing.addListener) printing.addListener(onPrint);
  }
  // The text of markup held for drawing, as textContent would read it once drawn.
  var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0", middot: "\u00b7" };
  function markupText(markup) {
    return markup.replace(/<[^>]*>/g, "").replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, function (whole, name) {
      if (name.charAt(0) !== "#") return ENTITIES[name.toLowerCase()] || whole;
      return String.fromCodePoint(name.charAt(1).toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    });
  }
  function escapedAttr(value) {
    return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&#34;").replace(/'/g, "&#39;");
  }

  // ------------------------------------------------------------------ the review form
  // Written once in the page; a card gets its copy when it is drawn, named for a screen reader
  // by its cluster. Until then its badge and the review filter read the stored decision.
  var form = document.getElementById("review-form").content.querySelector(".review");
  function addForm(card) {
    if (card.querySelector(".review")) return;
    var id = card.dataset.cluster, cluster = data.clusters[id], name = (cluster && cluster.label) || id;
    var box = form.cloneNode(true);
    box.dataset.cluster = id;
    box.setAttribute("aria-label", "Review of " + name);
    box.querySelectorAll("input[type=radio]").forEach(function (r) { r.name = "review-" + id; });
    box.querySelector(".review-clear").setAttribute("aria-label", "Clear the review of " + name);
    box.querySelector(".review-note").setAttribute("aria-label", "Note on " + name);
    card.appendChild(box);
    box.addEventListener("change", function (e) {
      if (e.target.type === "radio") setReview(card, e.target.value, box.querySelector(".review-note").value);
    });
    box.querySelector(".review-note").addEventListener("input", function (e) {
      var state = effective(card.dataset.cluster);
      setReview(card, state ? state.review.status : "needs follow-up", e.target.value);
    });
    box.querySelector(".review-clear").addEventListener("click", function () {
      delete stored[card.dataset.cluster]; saveStored(stored); paintReview(card); applyFilters();
    });
    paintReview(card);
  }

  // ------------------------------------------------------------------ reviews
  function loadStored() {
    try { return JSON.parse(window.localStorage.getItem(STORE) || "{}") || {}; }
    catch (e) { storageBroken(); return {}; }
  }
  function saveStored(stored) {
    try { window.localStorage.setItem(STORE, JSON.stringify(stored)); }
    catch (e) { storageBroken(); }
  }
  function storageBroken() { document.getElementById("storage-warning").hidden = false; }

  var stored = loadStored();
  // A decision made in this browser overrides one carried over from an earlier run.
  function effective(id) {
    if (stored[id]) return { review: stored[id], carried: false };
    if (data.carried[id]) return { review: data.carried[id], carried: true };
    return null;
  }

  function paintReview(card) {
    var id = card.dataset.cluster;
    var state = effective(id);
    var box = card.querySelector(".review");
    var status = state ? state.review.status : "";
    if (box) {
      box.querySelectorAll("input[type=radio]").forEach(function (r) { r.checked = r.value === status; });
      var note = box.querySelector(".review-note");
      if (document.activeElement !== note) note.value = state ? (state.review.note || "") : "";
      box.querySelector(".carried").hidden = !(state && state.carried);
    }
    var badge = card.querySelector(".review-badge");
    badge.hidden = !status;
    badge.textContent = status;
    badge.dataset.status = status;
    card.dataset.review = status || "none";
  }

  function setReview(card, status, note) {
    var id = card.dataset.cluster;
    var before = effective(id);
    if (!status && !note) { delete stored[id]; }
    else {
      stored[id] = {
        status: status || (before ? before.review.status : ""),
        note: note !== undefined ? note : (before ? before.review.note || "" : ""),
        updated: new Date().toISOString()
      };
      if (!stored[id].status) stored[id].status = "needs follow-up";
    }
    saveStored(stored);
    paintReview(card);
    applyFilters();
  }

  // The first cards are drawn in the page; the others when they come near the screen.
  cards.forEach(function (card) {
    paintReview(card);
    if (undrawn(card) && watcher) watcher.observe(card); else draw(card);
  });
  hint(document);

  function exportReviews() {
    var reviews = [];
    Object.keys(data.clusters).sort().forEach(function (id) {
      var state = effective(id);
      if (!state || !state.review.status) return;
      var cluster = data.clusters[id];
      reviews.push({
        cluster: id, kind: cluster.kind, label: cluster.label,
        status: state.review.status, note: state.review.note || "",
        updated: state.review.updated || "", carried_over: state.carried,
        claims: cluster.members.map(function (m) { return { end: m[2], file: m[0], start: m[1], text: m[3] }; })
      });
    });
    // The download is silent in most browsers: say what was saved, and what to do with it.
    var status = document.getElementById("export-status");
    if (!reviews.length) {
      status.textContent = "Nothing to export yet: mark a cluster first.";
      status.hidden = false;
      return;
    }
    var body = JSON.stringify({ crosscheck_reviews: 1, report: data.key, exported: new Date().toISOString(), reviews: reviews }, null, 1);
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([body], { type: "application/json" }));
    link.download = "crosscheck-reviews-" + data.key + ".json";
    status.textContent = reviews.length + " review" + (reviews.length === 1 ? "" : "s") + " saved as " + link.download +
      ": give it to the next run with crosscheck run … --reviews " + link.download;
    status.hidden = false;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }
  document.getElementById("export-reviews").addEventListener("click", exportReviews);

  // ------------------------------------------------------------------ provenance
  function attrSelector(name, id) { return "[" + name + "~=\"" + CSS.escape(id) + "\"]"; }

  // An article's text joins the page when it is first opened, built from its JSON segments as
  // text nodes and elements (never HTML): a page for thousands of articles parses and lays out
  // only those a reader looks at.
  function buildDoc(doc) {
    var holder = doc.querySelector(".doc-data");
    if (!holder) return;
    var pieces = document.createDocumentFragment();
    // An id of this article is written from its colon on (":120-135" for "tolo:120-135").
    var article = doc.hasAttribute("data-short-ids") ? doc.dataset.article : "";
    var whole = function (ids) {
      return article && ids ? ids.split(" ").map(function (id) { return id.charAt(0) === ":" ? article + id : id; }).join(" ") : ids;
    };
    JSON.parse(holder.textContent).forEach(function (seg) {
      if (seg.length === 1) { pieces.appendChild(document.createTextNode(seg[0])); return; }
      seg = [seg[0], whole(seg[1]), whole(seg[2]), seg[3]];
      var node;
      if (seg[1]) {
        node = document.createElement("mark");
        node.className = "span-claim" + (seg[3] ? " furniture" : "") + (seg[2] ? " in-statement" : "");
        node.setAttribute("data-claims", seg[1]);
        if (seg[2]) node.setAttribute("data-statements", seg[2]);
      } else {
        node = document.createElement("span");
        node.className = seg[2] ? "span-statement" + (seg[3] ? " furniture" : "") : "furniture";
        if (seg[2]) node.setAttribute("data-statements", seg[2]);
      }
      if (seg[1] || seg[2]) node.title = "Show where this is compared";
      node.textContent = seg[0];
      pieces.appendChild(node);
    });
    doc.querySelector(".doc-text").appendChild(pieces);
    holder.remove();
    var head = doc.querySelector("noscript.doc-held");
    if (head) {
      var parsed = document.createElement("template");
      parsed.innerHTML = head.textContent;  // crosscheck's own markup, escaped when written
      head.parentNode.replaceChild(parsed.content, head);
    }
  }

  function openSpan(attr, id, activeClass, article) {
    var reader = document.getElementById("reader");
    var doc = article ? document.getElementById("doc-" + article) : null;
    if (doc) buildDoc(doc);
    var marks = (doc || reader).querySelectorAll(attrSelector(attr, id));
    if (!marks.length) return;
    doc = marks[0].closest(".doc");
    reader.querySelectorAll(".doc").forEach(function (d) { d.hidden = d !== doc; });
    reader.querySelector(".reader-empty").hidden = true;
    reader.querySelectorAll(".active, .active-statement").forEach(function (m) { m.classList.remove("active", "active-statement"); });
    marks.forEach(function (m) { m.classList.add("active"); if (activeClass) m.classList.add(activeClass); });
    document.body.classList.add("reading");
    // Scroll the reader, not the page, so the card being reviewed stays where it is.
    var head = doc.querySelector(".doc-head");
    var target = marks[0].offsetTop - (reader.clientHeight - (head ? head.offsetHeight : 0)) / 2;
    reader.scrollTop = Math.max(0, target);
  }

  function markRow(card, attr, id) {
    document.querySelectorAll("tr.active, .interval.active").forEach(function (r) { r.classList.remove("active"); });
    if (card && attr === "data-claim") card.querySelectorAll(attrSelector("data-claim", id)).forEach(function (r) { r.classList.add("active"); });
  }

  document.addEventListener("click", function (e) {
    var link = e.target.closest(".claim-link, .interval");
    if (link) {
      var card = link.closest(".cluster");
      if (card) select(cards.indexOf(card), false);
      keepInSight(link);
      if (link.dataset.claim) { openSpan("data-claims", link.dataset.claim, "", link.dataset.article); markRow(card, "data-claim", link.dataset.claim); }
      else if (link.dataset.statement) { openSpan("data-statements", link.dataset.statement, "active-statement", link.dataset.article); markRow(card); }
      return;
    }
    if (e.target.closest(".reader-close")) { closeReader(); return; }
    var span = e.target.closest("#reader [data-claims], #reader [data-statements]");
    if (span) { showCardOf(span); return; }
    var related = e.target.closest(".related-link");
    if (related) {
      var target = document.getElementById(related.getAttribute("href").slice(1));  // "#cluster-..."
      if (target && target.hidden) { showAll(); }
      if (target) { e.preventDefault(); select(cards.indexOf(target), true); }
    }
  });

  // A figure or quote highlighted in the open article leads back to its cluster: reading an
  // article, a fact-checker sees a number and asks who else gives it, and how it compares.
  function cardLinkOf(span) {
    var lists = [["data-claim", span.dataset.claims], ["data-statement", span.dataset.statements]];
    for (var i = 0; i < lists.length; i++) {
      var ids = (lists[i][1] || "").split(" ").filter(Boolean);
      for (var j = 0; j < ids.length; j++) {
        var selector = ".cluster .claim-link[" + lists[i][0] + "=\"" + CSS.escape(ids[j]) + "\"]";
        var link = document.querySelector(selector);
        if (link) return link;
        // in a card not drawn yet: found in its held markup, drawn, then linked
        var needle = lists[i][0] + "=\"" + escapedAttr(ids[j]) + "\"";
        var held = cards.filter(function (c) { var n = undrawn(c); return n && n.textContent.indexOf(needle) >= 0; })[0];
        if (held) { draw(held); link = held.querySelector(selector.replace(".cluster ", "")); if (link) return link; }
      }
    }
    return null;
  }
  function showCardOf(span) {
    var link = cardLinkOf(span);
    if (!link) return;
    var card = link.closest(".cluster");
    if (card.hidden) showAll();
    select(cards.indexOf(card), true);
    markRow(card, link.dataset.claim ? "data-claim" : null, link.dataset.claim);
    document.querySelectorAll("#reader .active, #reader .active-statement").forEach(function (m) { m.classList.remove("active", "active-statement"); });
    span.classList.add("active");
  }

  // On a narrow screen the article opens as a sheet over the lower half: keep the clicked
  // figure in the upper half so the card and its source stay side by side, one above the other.
  function keepInSight(element) {
    if (window.matchMedia("(min-width: 1101px)").matches) return;
    var top = element.getBoundingClientRect().top;
    if (top > window.innerHeight * 0.4 || top < 0) window.scrollBy(0, top - 80);
  }

  function closeReader() {
    document.body.classList.remove("reading");
    document.querySelectorAll("#reader .doc").forEach(function (d) { d.hidden = true; });
    document.querySelector("#reader .reader-empty").hidden = false;
  }

  // ------------------------------------------------------------------ layout
  // The toolbar sticks to the top and wraps to two or three rows on a laptop screen; the reader
  // and a card jumped to must start below it, so its height is measured, not assumed.
  var toolbar = document.querySelector(".toolbar");
  function measureToolbar() {
    var sticky = getComputedStyle(toolbar).position === "sticky";
    document.documentElement.style.setProperty("--toolbar-height", (sticky ? toolbar.offsetHeight : 0) + "px");
  }
  measureToolbar();
  if (window.ResizeObserver) new ResizeObserver(measureToolbar).observe(toolbar);
  window.addEventListener("resize", measureToolbar);

  // ------------------------------------------------------------------ filters
  var verdictBoxes = document.querySelectorAll("input[name=verdict]");
  var outletSelect = document.getElementById("filter-outlet");
  var speakerSelect = document.getElementById("filter-speaker");
  var reviewSelect = document.getElementById("filter-review");
  var textInput = document.getElementById("filter-text");

  // What a search reads of a card: its figures, sentences, outlets and quotes, and the reviewer's
  // own note, never the review controls (every card says "not a discrepancy", so a search for
  // "not" or "discrepancy" matched them all) nor the links that describe other clusters.
  var searchText = [];
  var NOT_SEARCHED = ".review, .review-badge, .related";
  function textOf(element) {
    // textContent is native and fast: a walk over every text node was 2.7 s on a page of 1,000 cards
    if (element.matches(NOT_SEARCHED)) return "";
    // a card not drawn yet is searched in the markup it holds: a search draws nothing
    if (element.tagName === "NOSCRIPT") return markupText(element.textContent);
    if (!element.querySelector(NOT_SEARCHED + ", noscript")) return element.textContent;
    return Array.prototype.map.call(element.children, textOf).join(" ");
  }
  // "85000" finds "85,000" (and "85 000"): figures are searched without their thousands separators.
  function searchable(text) { return text.toLowerCase().replace(/(\d)[,\u00a0\u202f ](?=\d{3}(?!\d))/g, "$1"); }
  function cardText(index) {
    if (searchText[index] === undefined) searchText[index] = searchable(textOf(cards[index]));
    var state = effective(cards[index].dataset.cluster);
    var note = state ? state.review.note : "";
    return note ? searchText[index] + " " + searchable(note) : searchText[index];
  }

  var elsewhere = {};  // verdicts ticked off that hide cards the other filters would show
  function applyFilters() {
    var verdicts = {};
    verdictBoxes.forEach(function (b) { verdicts[b.value] = b.checked; });
    var outlet = outletSelect.value, speaker = speakerSelect.value, review = reviewSelect.value;
    var words = searchable(textInput.value).split(/\s+/).filter(Boolean);
    var narrowed = outlet || speaker || review || words.length;
    var shown = 0, hiddenByVerdict = 0;
    elsewhere = {};
    cards.forEach(function (card, index) {
      var ok = true;
      if (ok && outlet) ok = JSON.parse(card.dataset.outlets).indexOf(outlet) >= 0;
      if (ok && speaker) ok = JSON.parse(card.dataset.speakers).indexOf(speaker) >= 0;
      if (ok && review) ok = (card.dataset.review || "none") === review;
      if (ok && words.length) {
        var text = cardText(index);
        ok = words.every(function (w) { return text.indexOf(w) >= 0; });
      }
      if (ok && verdicts[card.dataset.verdict] === false) {
        ok = false;
        hiddenByVerdict += 1;
        elsewhere[card.dataset.verdict] = true;
      }
      card.hidden = !ok;
      if (ok) shown += 1;
    });
    document.getElementById("shown-count").textContent = shown + " of " + cards.length + " clusters shown";
    // A search that finds a figure only one report gives must say so: single reports start
    // ticked off, and "0 shown" read as "not in these articles".
    var more = document.getElementById("show-elsewhere");
    more.hidden = !(narrowed && hiddenByVerdict);
    // A search or filter left on hides cards with no other sign than the count: one click undoes it.
    document.getElementById("clear-filters").hidden = !narrowed;
    more.textContent = "show " + hiddenByVerdict + " more that match" + (hiddenByVerdict === 1 ? "es" : "") +
      " (" + Object.keys(elsewhere).join(", ") + ")";
  }
  document.getElementById("show-elsewhere").addEventListener("click", function () {
    verdictBoxes.forEach(function (b) { if (elsewhere[b.value]) b.checked = true; });
    applyFilters();
  });
  document.getElementById("clear-filters").addEventListener("click", function () {
    outletSelect.value = speakerSelect.value = reviewSelect.value = textInput.value = "";
    applyFilters();
    textInput.focus();
  });
  function showAll() {
    verdictBoxes.forEach(function (b) { b.checked = true; });
    outletSelect.value = speakerSelect.value = reviewSelect.value = textInput.value = "";
    applyFilters();
  }
  [outletSelect, speakerSelect, reviewSelect].forEach(function (el) { el.addEventListener("change", applyFilters); });
  verdictBoxes.forEach(function (el) { el.addEventListener("change", applyFilters); });
  textInput.addEventListener("input", applyFilters);
  applyFilters();

  // ------------------------------------------------------------------ keyboard
  function visibleCards() { return cards.filter(function (c) { return !c.hidden; }); }

  function select(index, scroll) {
    if (index < 0 || index >= cards.length) return;
    if (current >= 0 && cards[current]) cards[current].classList.remove("current");
    current = index;
    var card = cards[index];
    draw(card);
    card.classList.add("current");
    if (scroll) { card.focus({ preventScroll: true }); card.scrollIntoView({ block: "start", behavior: "auto" }); }
  }

  function step(delta) {
    var visible = visibleCards();
    if (!visible.length) return;
    var at = visible.indexOf(cards[current]);
    var next = at < 0 ? (delta > 0 ? 0 : visible.length - 1) : Math.min(visible.length - 1, Math.max(0, at + delta));
    select(cards.indexOf(visible[next]), true);
  }

  // A card reached with Tab is the one the keys act on: 1, 2, 3 pressed on a figure tabbed to
  // marked the card last stepped to with j/k, elsewhere on the page.
  document.addEventListener("focusin", function (e) {
    var card = e.target.closest && e.target.closest(".cluster");
    if (card && cards[current] !== card) select(cards.indexOf(card), false);
  });

  document.addEventListener("keydown", function (e) {
    // The browser's own find (Ctrl+F, Cmd+F) reads only what is drawn: every card is, first.
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === "f" || e.key === "F")) { drawAll(); return; }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var typing = e.target.closest("input, textarea, select");
    if (e.key === "Escape") { if (typing) e.target.blur(); closeReader(); return; }
    if (typing) return;
    // Enter on a focused button or link is that control's own click.
    if (e.key === "Enter" && e.target.closest("button, a, summary")) return;
    var card = cards[current];
    switch (e.key) {
      case "j": case "ArrowDown": step(1); break;
      case "k": case "ArrowUp": step(-1); break;
      case "/": textInput.focus(); break;
      case "o": case "Enter":
        if (!card) return;
        var first = card.querySelector(".claim-link");
        if (first) first.click();
        break;
      case "1": case "2": case "3":
        if (!card) return;
        setReview(card, data.statuses[Number(e.key) - 1], card.querySelector(".review-note").value);
        break;
      case "0":
        if (!card) return;
        delete stored[card.dataset.cluster]; saveStored(stored); paintReview(card); applyFilters();
        break;
      case "n":
        if (!card) return;
        card.querySelector(".review-note").focus();
        break;
      default: return;
    }
    e.preventDefault();
  });
})();
