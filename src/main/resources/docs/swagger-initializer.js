// Starts Swagger UI on the contract this server serves (/openapi.yaml), and sends "Try it out"
// requests to this server: the contract's `servers` names http://127.0.0.1:8080, the default
// address, while this server may run on any host and port.
(function () {
  'use strict';

  // The server's root, from where this script was loaded: /docs/swagger-initializer.js -> /
  var root = new URL('../', document.currentScript.src).href;

  // The contract's absolute server URLs, longest first, without a trailing slash.
  function contractServers(ui) {
    var servers = ui && ui.specSelectors.specJson().get('servers');
    if (!servers) {
      return [];
    }
    return servers.toJS()
      .map(function (server) { return String(server.url || '').replace(/\/+$/, ''); })
      .filter(function (url) { return /^https?:\/\//i.test(url); })
      .sort(function (a, b) { return b.length - a.length; });
  }

  // Moves a request for one of the contract's servers to the same path on this server.
  function toThisServer(ui, request) {
    var servers = contractServers(ui);
    for (var i = 0; i < servers.length; i++) {
      var server = servers[i];
      var rest = request.url.slice(server.length);
      if (request.url.slice(0, server.length).toLowerCase() === server.toLowerCase()
          && (rest === '' || /^[\/?#]/.test(rest))) {
        request.url = root + rest.replace(/^\//, '');
        break;
      }
    }
    return request;
  }

  window.addEventListener('load', function () {
    var ui = SwaggerUIBundle({
      url: new URL('openapi.yaml', root).href,
      dom_id: '#swagger-ui',
      deepLinking: true,
      presets: [SwaggerUIBundle.presets.apis],
      plugins: [SwaggerUIBundle.plugins.DownloadUrl],
      requestInterceptor: function (request) {
        return toThisServer(ui, request);
      }
    });
    window.ui = ui;
  });
})();
