// A tiny static web server for the browser port's build folder (a page loading WebAssembly
// must come over http, not file://):  node ports/web/serve.js [DIR] [PORT]
// PORT 0 picks a free port. Prints "serving DIR at http://127.0.0.1:PORT/" once listening.
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.py': 'text/plain; charset=utf-8', '.png': 'image/png',
};

function serve(dir, port, onListening) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const file = path.join(root, url === '/' ? 'index.html' : url);
    if (!file.startsWith(root + path.sep)) {  // no way out of the folder
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
      res.end(data);
    });
  });
  server.listen(port, '127.0.0.1', () => onListening(server, server.address().port));
  return server;
}

module.exports = { serve };

if (require.main === module) {
  const dir = process.argv[2] || 'build-web';
  const port = Number(process.argv[3] || 8000);
  serve(dir, port, (_, p) => console.log(`serving ${dir} at http://127.0.0.1:${p}/`));
}
