#!/usr/bin/env node
// Runs lv_font_conv with kerning read from the fonts' GPOS tables.
//
//   node font_conv.js <lv_font_conv arguments>
//
// lv_font_conv takes kerning from opentype.js, which cannot read GPOS lookups wrapped in
// extension lookups (type 9). Newer Montserrat builds keep all their kerning there, so
// without this the generated fonts have none. For such fonts this wrapper parses the 'kern'
// feature's pair adjustments (formats 1 and 2, plain or inside extensions) itself and answers
// opentype.js's getKerningValue with them. Fonts opentype.js can read are left to it, so that
// their kerning is exactly what lv_font_conv alone gives (the original's fonts were made so).
'use strict';

const path = require('path');

const convDir = path.dirname(require.resolve('lv_font_conv/package.json', {
  paths: [process.cwd(), path.join(__dirname, '..', '..')],
}));
const opentype = require(require.resolve('opentype.js', { paths: [convDir] }));

// ---- a small reader for the GPOS table ----

function reader(view) {
  return {
    u16: (o) => view.getUint16(o),
    s16: (o) => view.getInt16(o),
    u32: (o) => view.getUint32(o),
  };
}

function findTable(view, tag) {
  const r = reader(view);
  const numTables = r.u16(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    const t = String.fromCharCode(view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3));
    if (t === tag) return r.u32(rec + 8);
  }
  return -1;
}

function coverageIndex(r, off, glyph) {
  const format = r.u16(off);
  if (format === 1) {
    const n = r.u16(off + 2);
    let lo = 0, hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = r.u16(off + 4 + 2 * mid);
      if (g === glyph) return mid;
      if (g < glyph) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }
  if (format === 2) {
    const n = r.u16(off + 2);
    for (let i = 0; i < n; i++) {
      const rec = off + 4 + 6 * i;
      const start = r.u16(rec), end = r.u16(rec + 2);
      if (glyph >= start && glyph <= end) return r.u16(rec + 4) + glyph - start;
    }
  }
  return -1;
}

function classOf(r, off, glyph) {
  const format = r.u16(off);
  if (format === 1) {
    const start = r.u16(off + 2), n = r.u16(off + 4);
    if (glyph >= start && glyph < start + n) return r.u16(off + 6 + 2 * (glyph - start));
    return 0;
  }
  if (format === 2) {
    const n = r.u16(off + 2);
    for (let i = 0; i < n; i++) {
      const rec = off + 4 + 6 * i;
      if (glyph >= r.u16(rec) && glyph <= r.u16(rec + 2)) return r.u16(rec + 4);
    }
  }
  return 0;
}

function valueSize(format) {
  let n = 0;
  for (let bit = 0; bit < 8; bit++) if (format & (1 << bit)) n += 2;
  return n;
}

// X advance of a value record (0 when the format has none)
function xAdvance(r, off, format) {
  if (!(format & 0x4)) return 0;
  let o = off;
  if (format & 0x1) o += 2;
  if (format & 0x2) o += 2;
  return r.s16(o);
}

// Pair adjustment subtables of the lookups the 'kern' features use, in lookup order.
function kernSubtables(view, gpos) {
  const r = reader(view);
  const featureList = gpos + r.u16(gpos + 6);
  const lookupList = gpos + r.u16(gpos + 8);
  const lookups = new Set();
  const nFeatures = r.u16(featureList);
  for (let i = 0; i < nFeatures; i++) {
    const rec = featureList + 2 + 6 * i;
    const tag = String.fromCharCode(view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3));
    if (tag !== 'kern') continue;
    const feature = featureList + r.u16(rec + 4);
    const n = r.u16(feature + 2);
    for (let k = 0; k < n; k++) lookups.add(r.u16(feature + 4 + 2 * k));
  }
  const result = [];
  for (const index of [...lookups].sort((a, b) => a - b)) {
    const lookup = lookupList + r.u16(lookupList + 2 + 2 * index);
    const type = r.u16(lookup);
    const n = r.u16(lookup + 4);
    const subs = [];
    for (let s = 0; s < n; s++) {
      let sub = lookup + r.u16(lookup + 6 + 2 * s);
      let subType = type;
      if (type === 9) {
        subType = r.u16(sub + 2);
        sub = sub + r.u32(sub + 4);
      }
      if (subType === 2) subs.push(sub);
    }
    if (subs.length) result.push(subs);
  }
  return result;
}

function pairValue(r, sub, left, right) {
  const cov = coverageIndex(r, sub + r.u16(sub + 2), left);
  if (cov < 0) return null;
  const format = r.u16(sub);
  const vf1 = r.u16(sub + 4), vf2 = r.u16(sub + 6);
  const recSize = valueSize(vf1) + valueSize(vf2);
  if (format === 1) {
    const set = sub + r.u16(sub + 10 + 2 * cov);
    const n = r.u16(set);
    for (let i = 0; i < n; i++) {
      const rec = set + 2 + i * (2 + recSize);
      if (r.u16(rec) === right) return xAdvance(r, rec + 2, vf1);
    }
    return null; // not in this subtable: a later one may have it
  }
  if (format === 2) {
    const c1 = classOf(r, sub + r.u16(sub + 8), left);
    const c2 = classOf(r, sub + r.u16(sub + 10), right);
    const class2Count = r.u16(sub + 14);
    const rec = sub + 16 + (c1 * class2Count + c2) * recSize;
    return xAdvance(r, rec, vf1);
  }
  return null;
}

function gposKerning(buffer) {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const gpos = findTable(view, 'GPOS');
  if (gpos < 0) return null;
  const r = reader(view);
  const lookups = kernSubtables(view, gpos);
  if (!lookups.length) return null;
  return (left, right) => {
    let total = 0;
    for (const subs of lookups) {
      for (const sub of subs) {
        const v = pairValue(r, sub, left, right);
        if (v !== null) { total += v; break; }
      }
    }
    return total;
  };
}

// ---- hook opentype.js, then run lv_font_conv ----

const originalParse = opentype.parse;
opentype.parse = function (buffer, ...rest) {
  const font = originalParse.call(this, buffer, ...rest);
  const gpos = font.tables && font.tables.gpos;
  /* the lookups of the 'kern' feature, as opentype.js parsed them */
  const kernLookups = new Set();
  for (const f of (gpos && gpos.features) || []) {
    if (f.tag === 'kern') for (const i of f.feature.lookupListIndexes) kernLookups.add(i);
  }
  const unreadable = [...kernLookups].some((i) => {
    const l = gpos.lookups[i];
    return !l || l.lookupType === 9 || (l.subtables || []).some((s) => !s || s.error);
  });
  if (!unreadable) return font;
  const buf = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer);
  const kern = gposKerning(buf);
  if (kern) font.getKerningValue = (l, r) => kern(typeof l === 'number' ? l : l.index, typeof r === 'number' ? r : r.index);
  return font;
};

require(path.join(convDir, 'lib', 'cli')).run(process.argv.slice(2)).catch((err) => {
  console.error(err.message || err);
  process.exit(1);
});
