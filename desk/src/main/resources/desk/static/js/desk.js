// Keyboard paging on the desk's lists; everything also works without it (buttons, access keys).
// n / p: next and previous page; /: the search box. Not while typing in a field.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) {
      return;
    }
    var pick = null;
    if (event.key === "n" || event.key === "ArrowRight") {
      pick = document.querySelector("[data-page=next]");
    } else if (event.key === "p" || event.key === "ArrowLeft") {
      pick = document.querySelector("[data-page=previous]");
    } else if (event.key === "/") {
      var search = document.querySelector("input[type=search]");
      if (search) {
        event.preventDefault();
        search.focus();
        search.select();
      }
      return;
    }
    if (pick) {
      event.preventDefault();
      pick.click();
    }
  });
})();
