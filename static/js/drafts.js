// Nothing typed is ever lost on a page that swaps parts of itself.
//
// A form marked `data-draft="<key>"` keeps what the person typed (text, ticks, choices) in
// sessionStorage as they type. Whenever htmx swaps the page (another form saved, a tab
// changed) or the page loads again, the typed values come back into the new form, unless
// the server itself rendered that form with the person's input (`data-draft-bound`), which
// then becomes the draft. Sending a form clears its draft; if the server refuses it, its
// answer carries the input back and the draft is made again from it. Files chosen in a form
// that was not being sent are carried across a swap in memory (browsers can't store them).
//
// Also here: htmx answers that refuse (409 changed meanwhile, 400/422 mistakes) are shown
// like any other answer, and an error or a lost connection says so instead of doing nothing.
(function () {
  "use strict";

  var PREFIX = "helpdesk-draft:";
  var carriedFiles = {};

  function storage() {
    try { return window.sessionStorage; } catch (e) { return null; }
  }

  function draftForms(root) {
    return (root || document).querySelectorAll("form[data-draft]");
  }

  function fieldsOf(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      if (!el.name || el.disabled) { return false; }
      var type = (el.type || "").toLowerCase();
      return ["hidden", "file", "submit", "button", "reset", "password"].indexOf(type) === -1;
    });
  }

  function slot(el) {
    var type = (el.type || "").toLowerCase();
    return (type === "checkbox" || type === "radio") ? el.name + "=" + el.value : el.name;
  }

  function currentValue(el) {
    var type = (el.type || "").toLowerCase();
    if (type === "checkbox" || type === "radio") { return el.checked; }
    return el.value;
  }

  function defaultValue(el) {
    var type = (el.type || "").toLowerCase();
    if (type === "checkbox" || type === "radio") { return el.defaultChecked; }
    if (el.tagName === "SELECT") {
      for (var i = 0; i < el.options.length; i++) {
        if (el.options[i].defaultSelected) { return el.options[i].value; }
      }
      return el.options.length ? el.options[0].value : "";
    }
    return el.defaultValue;
  }

  // What the person typed: every value that differs from what the page came with, or, for a
  // form the server rendered with their input, every value that isn't empty.
  function typed(form) {
    var bound = form.hasAttribute("data-draft-bound");
    var values = {};
    var any = false;
    fieldsOf(form).forEach(function (el) {
      var value = currentValue(el);
      var keep = bound ? (value !== "" && value !== false) : value !== defaultValue(el);
      if (keep) { values[slot(el)] = value; any = true; }
    });
    return any ? values : null;
  }

  function save(form) {
    var store = storage();
    if (!store) { return; }
    var key = PREFIX + form.getAttribute("data-draft");
    var values = typed(form);
    try {
      if (values) { store.setItem(key, JSON.stringify(values)); } else { store.removeItem(key); }
    } catch (e) { /* Storage full or refused: the page still works, only without drafts. */ }
  }

  function forget(form) {
    var store = storage();
    if (store) { store.removeItem(PREFIX + form.getAttribute("data-draft")); }
  }

  function stored(form) {
    var store = storage();
    if (!store) { return null; }
    try { return JSON.parse(store.getItem(PREFIX + form.getAttribute("data-draft")) || "null"); }
    catch (e) { return null; }
  }

  function apply(form, values) {
    var changed = [];
    fieldsOf(form).forEach(function (el) {
      var key = slot(el);
      if (!Object.prototype.hasOwnProperty.call(values, key)) { return; }
      var type = (el.type || "").toLowerCase();
      if (type === "checkbox" || type === "radio") {
        if (el.checked !== values[key]) { el.checked = values[key]; changed.push(el); }
      } else if (el.value !== values[key]) {
        el.value = values[key];
        changed.push(el);
      }
    });
    return changed;
  }

  function reveal(el) {
    for (var node = el.parentElement; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") { node.open = true; }
    }
  }

  function restoreFiles(form) {
    var files = carriedFiles[form.getAttribute("data-draft")];
    if (!files) { return; }
    Object.keys(files).forEach(function (name) {
      var input = form.querySelector('input[type="file"][name="' + name + '"]');
      if (input && !input.files.length) {
        try { input.files = files[name]; reveal(input); } catch (e) { /* read-only FileList */ }
      }
    });
  }

  function noteRestored(form) {
    if (form.querySelector(".draft-note")) { return; }
    var note = document.createElement("p");
    note.className = "draft-note";
    note.setAttribute("role", "status");
    note.textContent = "We kept what you typed here before. ";
    var discard = document.createElement("button");
    discard.type = "button";
    discard.className = "button button-small button-quiet";
    discard.textContent = "Discard it";
    discard.addEventListener("click", function () {
      forget(form);
      form.reset();
      note.remove();
      var box = form.querySelector("textarea");
      if (box) { box.dispatchEvent(new Event("input", { bubbles: true })); box.focus(); }
    });
    note.appendChild(discard);
    form.insertBefore(note, form.firstChild);
  }

  function restore(root, afterReload) {
    draftForms(root).forEach(function (form) {
      restoreFiles(form);
      if (form.hasAttribute("data-draft-bound")) { save(form); return; }
      var values = stored(form);
      if (!values) { return; }
      var changed = apply(form, values);
      if (!changed.length) { return; }
      changed.forEach(reveal);
      if (afterReload) { noteRestored(form); }
      // Let the coach (and anything else listening) read the restored text.
      changed[0].dispatchEvent(new Event("input", { bubbles: true }));
    });
    carriedFiles = {};
  }

  function draftFormOf(el) {
    return el && el.closest ? el.closest("form[data-draft]") : null;
  }

  function senderForm(detail) {
    var sender = detail && detail.requestConfig && detail.requestConfig.elt;
    if (!sender || !sender.closest) { return null; }
    return sender.tagName === "FORM" ? sender : sender.closest("form");
  }

  ["input", "change"].forEach(function (name) {
    document.addEventListener(name, function (event) {
      var form = draftFormOf(event.target);
      if (form) { save(form); }
    });
  });

  // Answers htmx would otherwise ignore: a 409 (the ticket changed meanwhile) and 400/422
  // (a mistake) carry the page with the refusal and the person's input, so show them.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    if (status === 409 || status === 400 || status === 422) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // Sending a form hands its text to the server. Its answer either carries the text back (a
  // mistake or a conflict, rendered bound, which becomes the draft again) or it was sent and
  // the box should come back empty. Every other form's draft is kept, and its files carried.
  document.addEventListener("submit", function (event) {
    var form = draftFormOf(event.target);
    if (form) { forget(form); }
  }, true);

  document.addEventListener("htmx:beforeSwap", function (event) {
    if (!event.detail.shouldSwap) { return; }
    var sending = senderForm(event.detail);
    draftForms(event.detail.target).forEach(function (form) {
      if (form === sending) { forget(form); return; }
      save(form);
      Array.prototype.forEach.call(form.querySelectorAll('input[type="file"]'), function (input) {
        if (input.files && input.files.length) {
          var key = form.getAttribute("data-draft");
          carriedFiles[key] = carriedFiles[key] || {};
          carriedFiles[key][input.name] = input.files;
        }
      });
    });
  });

  function swappedRoot(event) {
    return event.target && event.target.querySelectorAll ? event.target : document;
  }

  // Restore in the same task as the swap, so nobody sees (or types into) an empty box.
  document.addEventListener("htmx:afterSwap", function (event) {
    restore(swappedRoot(event), false);
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var notice = swappedRoot(event).querySelector("[data-focus-after-swap]");
    if (notice) { notice.focus(); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    restore(document, true);
  });

  // --- A request that got no answer it could show ------------------------------------------
  function problem(text) {
    var box = document.getElementById("request-problem");
    if (!box) {
      box = document.createElement("div");
      box.id = "request-problem";
      box.className = "notice notice-error request-problem";
      box.setAttribute("role", "alert");
      box.setAttribute("tabindex", "-1");
      var main = document.getElementById("main") || document.body;
      main.insertBefore(box, main.firstChild);
    }
    box.textContent = text;
    box.focus();
  }

  document.addEventListener("htmx:beforeRequest", function () {
    var box = document.getElementById("request-problem");
    if (box) { box.remove(); }
  });

  document.addEventListener("htmx:responseError", function (event) {
    var form = draftFormOf(senderForm(event.detail));
    if (form) { save(form); }
    var xhr = event.detail.xhr;
    problem(
      "That didn't go through (the helpdesk answered " + xhr.status +
      (xhr.statusText ? " " + xhr.statusText : "") + "). Nothing you typed is lost: it's " +
      "still here. Try again in a moment."
    );
  });

  document.addEventListener("htmx:sendError", function (event) {
    var form = draftFormOf(senderForm(event.detail));
    if (form) { save(form); }
    problem(
      "We couldn't reach the helpdesk, so nothing was sent. Nothing you typed is lost: " +
      "check your connection, then try again."
    );
  });
})();
