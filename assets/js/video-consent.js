/*
 * video-consent.js: the player of a video hosted elsewhere, loaded only when the reader asks.
 * The page holds a placeholder naming the host and a hidden button carrying the player's address (data-embed,
 * computed at build time). This script reveals the button; on click it replaces the placeholder with the host's
 * <iframe> and moves the focus to it. Nothing is requested from the other site before the click. Without
 * JavaScript the button stays hidden and the plain link to the host remains.
 */
(function () {
  "use strict";

  var buttons = document.querySelectorAll("button.video__load[data-embed]");

  Array.prototype.forEach.call(buttons, function (button) {
    var placeholder = button.closest(".video__consent");
    var address = button.getAttribute("data-embed") || "";
    if (!placeholder || address.indexOf("https://") !== 0) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.className = "video__frame";
      frame.title = button.getAttribute("data-title") || "Vidéo";
      frame.setAttribute("allow", "autoplay; encrypted-media; fullscreen; picture-in-picture");
      frame.setAttribute("allowfullscreen", "");
      frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
      frame.setAttribute("loading", "lazy");
      frame.src = address;
      placeholder.parentNode.replaceChild(frame, placeholder);
      frame.focus();
    });
  });
})();
