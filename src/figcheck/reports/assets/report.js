(function () {
  "use strict";
  var buttons = document.querySelectorAll(".filters button");
  var items = document.querySelectorAll("[data-verdict]");
  var status = document.getElementById("filter-status");
  function show(verdict) {
    var shown = 0;
    for (var i = 0; i < items.length; i++) {
      var keep = verdict === "all" || items[i].getAttribute("data-verdict") === verdict;
      items[i].hidden = !keep;
      if (keep) { shown++; }
    }
    for (var j = 0; j < buttons.length; j++) {
      buttons[j].setAttribute("aria-pressed", String(buttons[j].getAttribute("data-filter") === verdict));
    }
    if (status) { status.textContent = "Showing " + shown + " of " + items.length + " claims"; }
  }
  for (var k = 0; k < buttons.length; k++) {
    buttons[k].addEventListener("click", function (event) {
      show(event.currentTarget.getAttribute("data-filter"));
    });
  }
  document.documentElement.classList.add("js");
})();
