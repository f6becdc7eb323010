// The admission page's proof of work: find a nonce such that SHA-256(token ":" nonce) starts with
// the asked number of zero bits, then post it. Without WebCrypto (or JavaScript), the page waits instead.
(function () {
  "use strict";
  var form = document.getElementById("work");
  if (!form || !window.crypto || !window.crypto.subtle || !window.TextEncoder) {
    return;
  }
  var bits = parseInt(form.getAttribute("data-bits"), 10);
  var token = form.elements.token.value;
  var encoder = new TextEncoder();
  document.getElementById("wait").hidden = true;
  form.hidden = false;
  var refresh = document.querySelector("meta[http-equiv=refresh]");
  if (refresh) {
    refresh.parentNode.removeChild(refresh);
  }

  function zeroBits(digest) {
    var bytes = new Uint8Array(digest);
    var count = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) {
        count += 8;
        continue;
      }
      var b = bytes[i];
      while ((b & 0x80) === 0) {
        count++;
        b <<= 1;
      }
      return count;
    }
    return count;
  }

  function search(from) {
    var batch = [];
    for (var n = from; n < from + 512; n++) {
      batch.push(crypto.subtle.digest("SHA-256", encoder.encode(token + ":" + n)));
    }
    Promise.all(batch).then(function (digests) {
      for (var i = 0; i < digests.length; i++) {
        if (zeroBits(digests[i]) >= bits) {
          form.elements.nonce.value = String(from + i);
          form.submit();
          return;
        }
      }
      search(from + 512);
    });
  }
  search(0);
})();
