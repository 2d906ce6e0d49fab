// The page of the browser port: an editor, a console and the display, on the WebAssembly
// module built from ports/web (pyvgl.js + pyvgl.wasm, web_api.cpp's functions).
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const editor = $('editor'), runButton = $('run'), stopButton = $('stop'), output = $('output');
  const replInput = $('repl'), promptLabel = $('prompt'), canvas = $('screen'), status = $('status');
  const ctx = canvas.getContext('2d');

  // LVGL's key codes (lv_group.h) for the browser's named keys; other keys send their character.
  const LV_KEYS = {
    ArrowUp: 17, ArrowDown: 18, ArrowRight: 19, ArrowLeft: 20, Escape: 27, Delete: 127,
    Backspace: 8, Enter: 10, Tab: 9, Home: 2, End: 3,
  };
  const LV_KEY_PREV = 11;

  function write(text, cls) {
    const span = document.createElement('span');
    if (cls) span.className = cls;
    span.textContent = text;
    output.appendChild(span);
    output.scrollTop = output.scrollHeight;
  }

  let mod = null;
  // Calls that may run Python or the engine go one at a time: a garbage collection pauses
  // the module (Asyncify) and resumes it from a browser task (web_api.cpp).
  let queue = Promise.resolve();
  let pending = 0;
  // The functions that only queue something (web_pointer, web_key, web_interrupt) are called
  // directly at any time, never through ccall: ccall, seeing the module paused, would take
  // over the pending call's completion.
  function call(name, returns, types, args) {
    pending++;
    const p = queue.then(() => mod.ccall(name, returns, types, args, { async: true }));
    queue = p.catch(() => {}).then(() => { pending--; });
    return p;
  }

  // ---- display ------------------------------------------------------------------------------
  // Each animation frame runs the engine once, unless a script or a console line is running:
  // then the module shows its frames itself while it gives the browser its turns.
  async function step() {
    if (pending === 0) await call('web_step', null, [], []);
    requestAnimationFrame(step);
  }

  // Module.pyvglPresent: the display's pixels (RGBA) at ptr in the module's memory
  function present(ptr, w, h) {
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const pixels = new Uint8ClampedArray(mod.HEAPU8.buffer, ptr, w * h * 4);
    ctx.putImageData(new ImageData(pixels, w, h), 0, 0);
  }

  // ---- pointer and keys -----------------------------------------------------------------------
  function pointer(event, pressed) {
    const r = canvas.getBoundingClientRect();
    const x = Math.round((event.clientX - r.left) * canvas.width / r.width);
    const y = Math.round((event.clientY - r.top) * canvas.height / r.height);
    mod._web_pointer(x, y, pressed ? 1 : 0);
  }
  let pressed = false;
  canvas.addEventListener('pointerdown', (e) => {
    pressed = true;
    canvas.setPointerCapture(e.pointerId);
    canvas.focus();
    pointer(e, true);
    e.preventDefault();
  });
  canvas.addEventListener('pointermove', (e) => pointer(e, pressed));
  canvas.addEventListener('pointerup', (e) => { pressed = false; pointer(e, false); });
  canvas.addEventListener('pointercancel', (e) => { pressed = false; pointer(e, false); });
  canvas.addEventListener('keydown', (e) => {
    let key = LV_KEYS[e.key];
    if (e.key === 'Tab' && e.shiftKey) key = LV_KEY_PREV;
    if (key === undefined && [...e.key].length === 1 && !e.ctrlKey && !e.metaKey) key = e.key.codePointAt(0);
    if (key === undefined) return;
    mod._web_key(key);
    e.preventDefault();
  });

  // ---- editor -------------------------------------------------------------------------------
  async function runScript() {
    runButton.disabled = true;
    stopButton.disabled = false;
    try {
      await call('web_run', 'number', ['string'], [editor.value]);
    } finally {
      runButton.disabled = false;
      stopButton.disabled = true;
    }
  }
  runButton.addEventListener('click', runScript);
  // KeyboardInterrupt in the script, at its next check (it checks while it computes or sleeps)
  stopButton.addEventListener('click', () => mod._web_interrupt());
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.ctrlKey) {
      runScript();
      e.preventDefault();
    } else if (e.key === 'Tab') {  // indent instead of leaving the editor
      editor.setRangeText('    ', editor.selectionStart, editor.selectionEnd, 'end');
      e.preventDefault();
    }
  });

  // ---- console ------------------------------------------------------------------------------
  const history = [];
  let historyPos = 0;
  replInput.addEventListener('keydown', async (e) => {
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      historyPos = Math.max(0, Math.min(history.length, historyPos + (e.key === 'ArrowUp' ? -1 : 1)));
      replInput.value = history[historyPos] || '';
      e.preventDefault();
      return;
    }
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const line = replInput.value;
    replInput.value = '';
    if (line.trim() && history[history.length - 1] !== line) history.push(line);
    historyPos = history.length;
    write(promptLabel.textContent + line + '\n', 'echo');
    const more = await call('web_repl_line', 'number', ['string'], [line]);
    promptLabel.textContent = more ? '... ' : '>>> ';
    // a block's next line starts at the indentation of the last one, one level more after ':'
    if (more) replInput.value = ' '.repeat(line.search(/\S|$/) + (/:\s*$/.test(line) ? 4 : 0));
  });

  // ---- start --------------------------------------------------------------------------------
  async function start() {
    mod = await createPyvgl({
      pyvglOutput: (fd, text) => write(text, fd === 2 ? 'err' : null),
      pyvglPresent: present,
    });
    const ok = await call('web_init', 'number', ['number', 'number'], [canvas.width, canvas.height]);
    if (!ok) throw new Error('the interpreter did not start');
    try {
      const response = await fetch('hello_world.py');
      if (response.ok && !editor.value) editor.value = await response.text();
    } catch (e) {
      // no example to show: the editor stays empty
    }
    runButton.disabled = false;
    replInput.disabled = false;
    status.textContent = 'ready';
    requestAnimationFrame(step);
  }

  // For tests and the browser's console: resolves when every queued call has finished.
  window.pyvglIdle = () => queue;
  window.pyvglReady = start().catch((e) => {
    status.textContent = 'failed: ' + e;
    throw e;
  });
})();
