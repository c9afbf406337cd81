// Example News: loads the headlines from its API and sends one analytics beacon.
(function () {
    'use strict';
    fetch('https://api.example.org/v1/headlines.json')
        .then(function (r) { return r.json(); })
        .then(function (data) {
            var list = document.getElementById('headlines');
            data.headlines.forEach(function (h) {
                var item = document.createElement('li');
                item.textContent = h.title;
                list.appendChild(item);
            });
            return new Promise(function (resolve) {
                var img = new Image(1, 1);
                img.onload = img.onerror = resolve;
                img.src = 'https://stats.example.net/collect?v=1&t=pageview&dl=' +
                    encodeURIComponent(location.href) + '&n=' + data.headlines.length;
            });
        })
        .then(function () { window.capturesDone = true; },
              function (e) { window.capturesFailed = String(e); });
})();
