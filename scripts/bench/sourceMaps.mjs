// Which source file a position in a built script comes from, read from the build's source maps
// (version 3, "mappings" in base64 VLQ), so a profile of the built app can name src/ files and
// packages instead of chunk names.
import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...BASE64].map((c, i) => [c, i]));

/** One segment's numbers (relative, as stored). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT[char];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** For each generated line: [column, source index] pairs, in order. */
function decodeMappings(mappings) {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    const segments = [];
    for (const text of line.split(',')) {
      if (!text) continue;
      const [dColumn, dSource] = decodeSegment(text);
      column += dColumn;
      if (dSource !== undefined) {
        source += dSource;
        segments.push([column, source]);
      }
    }
    return segments;
  });
}

/** `sourceOf(fileOnDisk, line, column)` (0-based, as in V8 profiles): the source path, or null. */
export function sourceMapReader() {
  const maps = new Map();
  const load = (file) => {
    if (!maps.has(file)) {
      const mapFile = `${file}.map`;
      if (!existsSync(mapFile)) maps.set(file, null);
      else {
        const map = JSON.parse(readFileSync(mapFile, 'utf8'));
        maps.set(file, { sources: map.sources, lines: decodeMappings(map.mappings) });
      }
    }
    return maps.get(file);
  };
  return (file, line, column) => {
    const map = load(file);
    const segments = map?.lines[line];
    if (!segments?.length) return null;
    let found = segments[0];
    for (const segment of segments) {
      if (segment[0] > column) break;
      found = segment;
    }
    return map.sources[found[1]].replace(/^(\.\.\/)+/, '');
  };
}
