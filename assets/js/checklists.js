/*
 * checklists.js: the ticks of the checklists, kept in this browser (localStorage), per page and per item.
 * An enhancement only: without JavaScript, or when the browser refuses to store anything, the boxes can still be
 * ticked, they are just not remembered. Nothing is sent anywhere.
 */
(function () {
  "use strict";

  var store;
  try {
    store = window.localStorage;
    store.setItem("memento-test", "1");
    store.removeItem("memento-test");
  } catch (e) {
    return;
  }

  var prefix = "memento-coche:" + window.location.pathname + ":";
  var boxes = document.querySelectorAll("input.checklist__input");

  Array.prototype.forEach.call(boxes, function (box) {
    var label = box.nextElementSibling;
    var text = label ? label.textContent.replace(/\s+/g, " ").trim() : box.id;
    var key = prefix + text;
    var saved = store.getItem(key);
    if (saved !== null) {
      box.checked = saved === "1";
    }
    box.addEventListener("change", function () {
      try {
        store.setItem(key, box.checked ? "1" : "0");
      } catch (e) {
        /* storage full or refused: the tick stays on screen only */
      }
    });
  });
})();
