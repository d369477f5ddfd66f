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
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-swap-term]");
    if (!button) { return; }
    var form = document.getElementById(button.getAttribute("data-swap-form"));
    if (!form) { return; }
    var term = button.getAttribute("data-swap-term");
    var plain = button.getAttribute("data-swap-plain");
    var escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "[\\s-]+");
    var pattern = new RegExp("(^|[^\\w-])(" + escaped + ")(?![\\w-])", "i");
    var boxes = form.querySelectorAll("textarea");
    for (var i = 0; i < boxes.length; i++) {
      if (pattern.test(boxes[i].value)) {
        boxes[i].value = boxes[i].value.replace(pattern, function (_, before) { return before + plain; });
        boxes[i].dispatchEvent(new Event("input", { bubbles: true }));
        boxes[i].focus();
        break;
      }
    }
  });

  // Client picker on the new-ticket form: fill the email field from a match.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-fill-target]");
    if (!button) { return; }
    var field = document.getElementById(button.getAttribute("data-fill-target"));
    if (field) { field.value = button.getAttribute("data-fill-value"); field.focus(); }
  });
})();
