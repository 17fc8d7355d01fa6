// dlviz embed host script (optional). Add it once to a page with dlviz iframes:
//   <script src="https://<dlviz site>/embed-host.js" defer></script>
// Each dlviz embed page posts {type: 'dlviz:height', height} to its parent whenever its height
// changes; this sets the height of the iframe the message came from, so no inner scrollbar is needed.
// Pages that cannot run scripts (many LMSs) still work: the iframe keeps the height in its snippet.
(function () {
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'dlviz:height' || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(120, Math.min(10000, Math.ceil(data.height))) + 'px';
        return;
      }
    }
  });
})();
