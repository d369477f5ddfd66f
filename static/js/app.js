// Small progressive enhancements. Every page works without this file.
(function () {
  "use strict";

  // Move focus to the summary of form problems so screen-reader and keyboard users hear it.
  document.addEventListener("DOMContentLoaded", function () {
    var problems = document.getElementById("form-problems");
    if (problems) { problems.focus(); }
    // Filters start open on wide screens, folded on phones.
    if (window.matchMedia("(min-width: 48rem)").matches) {
      document.querySelectorAll("details[data-open-on-wide]").forEach(function (d) { d.open = true; });
    }
  });
})();

(function () {
  "use strict";

  // Small selects on the ticket page save as soon as they change.
  document.addEventListener("change", function (event) {
    var form = event.target.closest("form[data-autosubmit]");
    if (form && event.target.tagName === "SELECT") { form.requestSubmit(); }
  });

  // "Print this guide" buttons.
  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) { window.print(); }
  });

  // Coach: swap a technical term for its plain wording, in whichever box of the form has it.
  // The server does the wording (one article, "a"/"an", capitals, plurals: empathy/engine/swap.py)
  // and says in words why when it can't; the box is only changed if nobody typed meanwhile.
  function csrfToken(form) {
    var field = form.querySelector("input[name=csrfmiddlewaretoken]");
    if (field && field.value) { return field.value; }
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || "";
    } catch (e) {
      return "";
    }
  }

  function swapMessage(button, text) {
    var item = button.closest("li");
    var message = item && item.querySelector("[data-swap-message]");
    if (!message) { return; }
    message.textContent = text;
    message.hidden = !text;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-swap-term]");
    if (!button) { return; }
    var form = document.getElementById(button.getAttribute("data-swap-form"));
    var url = button.getAttribute("data-swap-url");
    if (!form || !url || button.getAttribute("aria-busy") === "true" || !window.fetch) { return; }
    var token = csrfToken(form);
    var sent = {};
    var data = new URLSearchParams();
    form.querySelectorAll("textarea[name]").forEach(function (box) {
      sent[box.name] = box.value;
      data.append(box.name, box.value);
    });
    data.append("term", button.getAttribute("data-swap-term") || "");
    data.append("kind", button.getAttribute("data-swap-kind") || "reply");
    data.append("reference", button.getAttribute("data-swap-reference") || "");
    data.append("csrfmiddlewaretoken", token);
    button.setAttribute("aria-busy", "true");
    swapMessage(button, "");
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": token, "Accept": "application/json" },
      body: data
    }).then(function (response) {
      return response.json().catch(function () { return {}; });
    }).then(function (answer) {
      if (typeof answer.field !== "string" || typeof answer.text !== "string") {
        swapMessage(button, answer.error || "The swap didn't work. Change the wording by hand.");
        return;
      }
      var box = form.querySelector("textarea[name='" + answer.field.replace(/['\\]/g, "") + "']");
      if (!box || box.value !== sent[answer.field]) {
        swapMessage(button, "You typed on while the swap worked: press it again.");
        return;
      }
      box.value = answer.text;
      box.dispatchEvent(new Event("input", { bubbles: true }));
      box.focus();
    }).catch(function () {
      swapMessage(button, "Couldn't reach the server: nothing was changed.");
    }).then(function () {
      button.removeAttribute("aria-busy");
    });
  });

  // Client picker on the new-ticket form: fill the email field from a match.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-fill-target]");
    if (!button) { return; }
    var field = document.getElementById(button.getAttribute("data-fill-target"));
    if (field) { field.value = button.getAttribute("data-fill-value"); field.focus(); }
  });
})();
