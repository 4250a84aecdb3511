// vault review workbench: keyboard shortcuts over plain HTML forms (the page works without
// this script; it adds focus, shortcuts and "selected words to a term list").
// No framework, nothing fetched: the Content-Security-Policy allows this file only.
"use strict";

(function () {
  const cards = Array.from(document.querySelectorAll("article.card"));
  let current = -1;

  function markOf(card) {
    return document.getElementById("at-" + card.dataset.span);
  }

  function focusCard(index) {
    if (!cards.length) return;
    index = Math.max(0, Math.min(cards.length - 1, index));
    if (current >= 0) {
      cards[current].classList.remove("focused");
      const old = markOf(cards[current]);
      if (old) old.classList.remove("focused");
    }
    current = index;
    const card = cards[current];
    card.classList.add("focused");
    const mark = markOf(card);
    if (mark) {
      mark.classList.add("focused");
      mark.scrollIntoView({ block: "center" });
    }
    card.scrollIntoView({ block: "nearest" });
  }

  function submitCard(action) {
    if (current < 0) return;
    const form = cards[current].querySelector("form.decide");
    const button = form.querySelector('button[value="' + action + '"]');
    form.requestSubmit(button);
  }

  function toggleEvery() {
    if (current < 0) return;
    const box = cards[current].querySelector('input[name="scope"]');
    box.checked = !box.checked;
  }

  function selectedWords() {
    const selection = window.getSelection();
    const text = selection ? selection.toString().replace(/\s+/g, " ").trim() : "";
    if (text) return text;
    return current >= 0 ? cards[current].dataset.text : "";
  }

  function addTerms(list) {
    const form = document.getElementById("terms");
    const words = document.getElementById("words");
    if (!words.value.trim()) words.value = selectedWords();
    if (!words.value.trim()) {
      words.focus();
      return;
    }
    if (current >= 0) {
      const entity = document.getElementById("terms-entity");
      if (!window.getSelection().toString().trim()) entity.value = cards[current].dataset.type;
    }
    form.requestSubmit(document.getElementById(list === "deny" ? "add-deny" : "add-allow"));
  }

  function go(id) {
    const link = document.getElementById(id);
    if (link) window.location.href = link.href;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const tag = target && target.tagName;
    if (tag === "SELECT" && target.name === "label" && event.key === "Enter") {
      event.preventDefault();
      target.form.requestSubmit(target.form.querySelector('button[value="relabel"]'));
      return;
    }
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") {
      if (event.key === "Escape") target.blur();
      return;
    }
    let handled = true;
    switch (event.key) {
      case "j": case "ArrowDown": focusCard(current + 1); break;
      case "k": case "ArrowUp": focusCard(current - 1); break;
      case "a": submitCard("accept"); break;
      case "r": submitCard("reject"); break;
      case "e": toggleEvery(); break;
      case "l":
        if (current >= 0) cards[current].querySelector('select[name="label"]').focus();
        break;
      case "d": addTerms("deny"); break;
      case "w": addTerms("allow"); break;
      case "n": go("next-transcript"); break;
      case "p": go("prev-transcript"); break;
      case "F": document.getElementById("finish-form").requestSubmit(); break;
      case "?": {
        const help = document.getElementById("help");
        help.open = !help.open;
        break;
      }
      default: handled = false;
    }
    if (handled) event.preventDefault();
  });

  cards.forEach(function (card, index) {
    card.addEventListener("click", function () { focusCard(index); });
    const mark = markOf(card);
    if (mark) mark.addEventListener("click", function () { focusCard(index); });
  });

  focusCard(0);
})();
