// The browser port in headless Chromium (playwright-core): the page loads, hello world
// draws the theme's blue button, a click on the canvas runs the script's callback, keys
// reach a textarea, the console evaluates, and an error shows a traceback without breaking
// the page.
//   node tests/web/web_test.js BUILD_WEB_DIR [PYVGL PNGDIFF]
// With PYVGL and PNGDIFF (build/pyvgl, build/pngdiff) the canvas is also compared with the
// unix port's headless picture of the same script (pyvgl --shot).
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { chromium } = require('playwright-core');
const { serve } = require('../../ports/web/serve.js');

const [buildDir, pyvgl, pngdiff] = process.argv.slice(2);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const THEME_BLUE = [0x21, 0x96, 0xf3];
const WIDTH = 480, HEIGHT = 320;

function step(name) {
  console.log(`-- ${name}`);
}

// Resolves once the page has no call queued and two more animation frames were drawn.
async function settle(page) {
  await page.evaluate(async () => {
    await window.pyvglIdle();
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    await window.pyvglIdle();
  });
}

async function pixel(page, x, y) {
  return page.evaluate(([x, y]) => Array.from(document.getElementById('screen')
    .getContext('2d').getImageData(x, y, 1, 1).data.slice(0, 3)), [x, y]);
}

// Bounding box of the pixels of one colour (within 8 per channel).
async function boxOf(page, rgb) {
  return page.evaluate((rgb) => {
    const c = document.getElementById('screen');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let x0 = c.width, y0 = c.height, x1 = -1, y1 = -1, n = 0;
    for (let y = 0; y < c.height; y++) {
      for (let x = 0; x < c.width; x++) {
        const i = (y * c.width + x) * 4;
        if (Math.abs(d[i] - rgb[0]) > 8 || Math.abs(d[i + 1] - rgb[1]) > 8 || Math.abs(d[i + 2] - rgb[2]) > 8) continue;
        n++;
        x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
      }
    }
    return { x0, y0, x1, y1, n };
  }, rgb);
}

async function runScript(page, source) {
  await page.fill('#editor', source);
  await page.click('#run');
  await settle(page);
}

async function consoleLine(page, line) {
  await page.fill('#repl', line);
  await page.press('#repl', 'Enter');
  await settle(page);
}

const output = (page) => page.textContent('#output');

async function waitForOutput(page, text) {
  await page.waitForFunction((t) => document.getElementById('output').textContent.includes(t), text,
                             { timeout: 10000 })
    .catch(async () => assert.fail(`no "${text}" in the console output:\n${await output(page)}`));
}

async function main() {
  assert(buildDir, 'usage: node tests/web/web_test.js BUILD_WEB_DIR [PYVGL PNGDIFF]');
  assert(fs.existsSync(path.join(buildDir, 'pyvgl.wasm')), `${buildDir}/pyvgl.wasm is missing`);
  const server = await new Promise((resolve) => serve(buildDir, 0, (s, port) => resolve({ s, port })));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const problems = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
    page.on('response', (res) => { if (res.status() >= 400) problems.push(`${res.status()}: ${res.url()}`); });

    step('the page loads and the interpreter starts');
    await page.goto(`http://127.0.0.1:${server.port}/`);
    await page.evaluate(() => window.pyvglReady);
    assert.strictEqual(await page.textContent('#status'), 'ready');
    const example = await page.inputValue('#editor');
    assert.match(example, /Hello World!/, 'the editor is preloaded with examples/hello_world.py');

    step('hello world: the theme\'s blue button in the middle of the canvas');
    await page.click('#run');
    await settle(page);
    const box = await boxOf(page, THEME_BLUE);
    assert(box.n > 1000, `too few blue pixels: ${JSON.stringify(box)}`);
    const cx = (box.x0 + box.x1) / 2, cy = (box.y0 + box.y1) / 2;
    assert(Math.abs(cx - WIDTH / 2) <= 2 && Math.abs(cy - HEIGHT / 2) <= 2, `button off centre: ${JSON.stringify(box)}`);
    assert.deepStrictEqual(await pixel(page, box.x0 + 6, Math.round(cy)), THEME_BLUE, 'blue inside the button');
    assert.deepStrictEqual(await pixel(page, 10, 10), [0xf5, 0xf5, 0xf5], 'the light theme\'s screen colour');
    if (pyvgl && pngdiff) {
      const png = path.join(buildDir, 'hello_world_canvas.png');
      const hostPng = path.join(buildDir, 'hello_world_host.png');
      const data = await page.evaluate(() => document.getElementById('screen').toDataURL('image/png'));
      fs.writeFileSync(png, Buffer.from(data.split(',')[1], 'base64'));
      fs.writeFileSync(path.join(buildDir, 'hello_world_canvas.py'), example);
      execFileSync(pyvgl, ['--shot', hostPng, '--size', `${WIDTH}x${HEIGHT}`, path.join(buildDir, 'hello_world_canvas.py')]);
      execFileSync(pngdiff, [hostPng, png], { stdio: 'inherit' });  // throws when they differ
    }

    step('a click on the canvas runs the script\'s callback');
    await runScript(page, [
      'import lvgl as lv',
      'btn = lv.button(lv.screen_active())',
      'btn.set_size(160, 60)',
      'btn.center()',
      'lv.label(btn).set_text("Click me")',
      'clicks = 0',
      'def on_click(e):',
      '    global clicks',
      '    clicks += 1',
      '    print("clicked", clicks)',
      'btn.add_event_cb(on_click, lv.EVENT.CLICKED, None)',
      'print("ready to click")',
    ].join('\n'));
    await waitForOutput(page, 'ready to click');
    const canvas = await page.$('#screen');
    const r = await canvas.boundingBox();
    await page.mouse.click(r.x + 20, r.y + 20);  // outside the button: nothing happens
    await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
    await settle(page);
    await waitForOutput(page, 'clicked 1');
    assert(!(await output(page)).includes('clicked 2'), 'one click, one callback');

    step('the console evaluates and keeps the script\'s globals');
    await consoleLine(page, '1+2');
    await waitForOutput(page, '>>> 1+2\n3\n');
    await consoleLine(page, 'clicks * 10');
    await waitForOutput(page, '>>> clicks * 10\n10\n');
    await consoleLine(page, 'def twice(x):');
    assert.strictEqual(await page.textContent('#prompt'), '... ');
    assert.strictEqual(await page.inputValue('#repl'), '    ', 'auto-indent after ":"');
    await consoleLine(page, '    return 2 * x');
    await consoleLine(page, '');
    assert.strictEqual(await page.textContent('#prompt'), '>>> ');
    await consoleLine(page, 'twice(21)');
    await waitForOutput(page, '>>> twice(21)\n42\n');
    await page.press('#repl', 'ArrowUp');
    assert.strictEqual(await page.inputValue('#repl'), 'twice(21)', 'history with the up key');
    await page.fill('#repl', '');

    step('a script looping with time.sleep keeps the page alive, and Stop interrupts it');
    await page.fill('#editor', [
      'import lvgl as lv, time',
      'btn = lv.button(lv.screen_active())',
      'btn.set_size(160, 60)',
      'btn.center()',
      'lbl = lv.label(btn)',
      'def on_click(e):',
      '    print("clicked while sleeping")',
      'btn.add_event_cb(on_click, lv.EVENT.CLICKED, None)',
      'n = 0',
      'print("looping")',
      'while True:',
      '    n += 1',
      '    lbl.set_text(str(n))',
      '    time.sleep(0.02)',
    ].join('\n'));
    await page.click('#run');  // it never ends by itself: no settle
    await waitForOutput(page, 'looping');
    assert(await page.isEnabled('#stop'), 'Stop is offered while the script runs');
    await page.waitForTimeout(300);
    assert((await boxOf(page, THEME_BLUE)).n > 1000, 'the display is drawn while the script sleeps');
    await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
    await waitForOutput(page, 'clicked while sleeping');
    await page.click('#stop');
    await settle(page);
    await waitForOutput(page, 'KeyboardInterrupt');
    assert(!(await page.isEnabled('#stop')), 'no Stop once the script ended');
    await consoleLine(page, 'n > 5');
    await waitForOutput(page, '>>> n > 5\nTrue\n');

    step('Stop also interrupts a loop that only computes');
    await page.fill('#editor', 'x = 0\nwhile True:\n    x += 1\n');
    await page.click('#run');
    await page.waitForTimeout(300);
    await page.click('#stop');
    await settle(page);
    assert.strictEqual((await output(page)).split('KeyboardInterrupt').length - 1, 2, 'a second KeyboardInterrupt');
    await consoleLine(page, 'x > 1000');
    await waitForOutput(page, '>>> x > 1000\nTrue\n');

    step('frozen lib/ modules: display_driver, heapq, asyncio (its sleeps give the page turns)');
    await runScript(page, [
      'import display_driver, heapq, asyncio',
      'import lvgl as lv',
      'print("display", display_driver.display.get_horizontal_resolution(), lv.display_get_default().get_vertical_resolution())',
      'print("heapq", heapq.nsmallest(2, [5, 1, 4]))',
      'async def tick(name, n):',
      '    for i in range(n):',
      '        await asyncio.sleep_ms(10)',
      '    return name',
      'async def main():',
      '    print("asyncio", await asyncio.gather(tick("a", 3), tick("b", 5)))',
      'asyncio.run(main())',
    ].join('\n'));
    await waitForOutput(page, `display ${WIDTH} ${HEIGHT}\nheapq [1, 4]\nasyncio ['a', 'b']\n`);

    step('keys typed on the focused canvas reach a textarea');
    await runScript(page, [
      'import lvgl as lv',
      'ta = lv.textarea(lv.screen_active())',
      'ta.set_one_line(True)',
      'ta.center()',
    ].join('\n'));
    await page.focus('#screen');
    await page.keyboard.type('hi5');
    await page.keyboard.press('Backspace');
    await settle(page);
    await consoleLine(page, 'print(repr(ta.get_text()))');
    await waitForOutput(page, "'hi'\n");

    step('garbage collections during deep calls keep every value');
    // many collections (each one unwinds and resumes the call stack to scan the WebAssembly
    // locals: py/gc.cpp, Asyncify) while deep calls and loops hold fresh objects. This checks
    // that collecting this way loses nothing; it does not show the scan is needed: a build
    // without it passed too (the VM keeps most values in memory, not only in locals).
    await runScript(page, [
      'import gc',
      'def nest(depth, acc):',
      '    if depth == 0:',
      '        junk = [bytearray(512) for _ in range(400)]',
      '        return acc + [len(junk)]',
      '    return nest(depth - 1, acc + [str(depth) * 3])',
      'keep = [nest(30, []) for _ in range(40)]',
      'gc.collect()',
      'ok = all(k == keep[0] for k in keep) and keep[0][0] == "303030" and keep[0][-1] == 400',
      'print("gc ok", ok, len(keep), sum(len(s) for s in keep[7][:-1]))',
    ].join('\n'));
    await waitForOutput(page, 'gc ok True 40 153\n');

    step('an error shows a traceback and the page keeps working');
    await runScript(page, 'def fail():\n    raise ValueError("boom")\nprint("before")\nfail()\n');
    await waitForOutput(page, 'ValueError: boom');
    const text = await output(page);
    assert.match(text, /Traceback \(most recent call last\):\n {2}File "<editor>", line 4/);
    await consoleLine(page, '2*3');
    await waitForOutput(page, '>>> 2*3\n6\n');
    await consoleLine(page, 'undefined_name');
    await waitForOutput(page, "NameError: name 'undefined_name' isn't defined");
    await runScript(page, example);
    assert((await boxOf(page, THEME_BLUE)).n > 1000, 'hello world draws again after the errors');

    assert.deepStrictEqual(problems, [], 'no JavaScript errors');
    console.log('web test passed');
  } finally {
    await browser.close();
    server.s.close();
  }
}

// a hung page must not hang the test
const WATCHDOG_MS = 120000;
const watchdog = setTimeout(() => {
  console.error(`web test: no end after ${WATCHDOG_MS / 1000} s`);
  process.exit(1);
}, WATCHDOG_MS);
main().then(() => clearTimeout(watchdog), (e) => {
  console.error(e);
  process.exit(1);
});
