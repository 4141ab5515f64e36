/* Agency pickers (issue 13): a box above each <select data-agency-picker> that shortens its list to the
   options whose text contains every typed word, accents and case ignored. Progressive enhancement: without
   this script the grouped <select> works as it is. The chosen option and the empty one always stay. */
(function () {
  "use strict";

  function fold(text) {
    return (text || "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  }

  function matches(option, words, groupText) {
    var text = (option.getAttribute("data-search") || fold(option.textContent)) + " " + groupText;
    return words.every(function (word) {
      return text.indexOf(word) !== -1;
    });
  }

  function enhance(select, index) {
    if (select.hasAttribute("data-filter-ready")) {
      return; // the script comes after every picker of the page: enhance each one once
    }
    select.setAttribute("data-filter-ready", "");
    var original = Array.prototype.map.call(select.children, function (node) {
      return node.cloneNode(true);
    });
    var input = document.createElement("input");
    input.type = "search";
    input.className = "agency-filter";
    input.id = (select.id || "agency-picker-" + index) + "-filter";
    input.setAttribute("aria-label", select.getAttribute("data-filter-label") || "");
    input.setAttribute("placeholder", select.getAttribute("data-filter-label") || "");
    input.setAttribute("aria-controls", select.id);
    input.setAttribute("autocomplete", "off");
    input.addEventListener("input", function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var current = select.value;
      select.textContent = "";
      original.forEach(function (node) {
        if (node.tagName === "OPTGROUP") {
          var group = node.cloneNode(false);
          var groupText = fold(node.label);
          Array.prototype.forEach.call(node.children, function (option) {
            if (option.value === current || matches(option, words, groupText)) {
              group.appendChild(option.cloneNode(true));
            }
          });
          if (group.children.length) {
            select.appendChild(group);
          }
        } else if (node.value === "" || node.value === current || matches(node, words, "")) {
          select.appendChild(node.cloneNode(true));
        }
      });
      select.value = current;
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault(); // typing to filter never submits the form
      }
    });
    select.parentNode.insertBefore(input, select);
  }

  Array.prototype.forEach.call(document.querySelectorAll("select[data-agency-picker]"), enhance);
})();
