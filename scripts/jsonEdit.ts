/**
 * Replacing one value in a JSON file as it is written, so the rest of the file keeps its layout
 * (some locale files keep small objects on one line; a parse and stringify would undo that).
 */

const SPACE = /\s/;

/** Where each value sits in the text: "a.b.c" → [start, end). */
function spans(text: string): Map<string, [number, number]> {
  const found = new Map<string, [number, number]>();
  let i = 0;
  const skip = () => {
    while (i < text.length && SPACE.test(text[i]!)) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string) => {
    skip();
    const start = i;
    if (text[i] === '{') {
      i++;
      skip();
      while (text[i] !== '}') {
        const key = string();
        skip();
        i++; // :
        value(path ? `${path}.${key}` : key);
        skip();
        if (text[i] === ',') i++;
        skip();
      }
      i++;
    } else if (text[i] === '[') {
      i++;
      skip();
      let n = 0;
      while (text[i] !== ']') {
        value(`${path}[${n++}]`);
        skip();
        if (text[i] === ',') i++;
        skip();
      }
      i++;
    } else if (text[i] === '"') string();
    else while (i < text.length && !/[,}\]\s]/.test(text[i]!)) i++;
    found.set(path, [start, i]);
  };
  value('');
  return found;
}

/** The file's text with the value at a dotted key replaced, or null when the key is not there. */
export function replaceJsonValue(text: string, key: string, replacement: unknown): string | null {
  const span = spans(text).get(key);
  if (!span) return null;
  const [start, end] = span;
  const indent = /\n([ \t]*)[^\n]*$/.exec(text.slice(0, start))?.[1] ?? '';
  const unit = /^\{\n([ \t]+)/.exec(text)?.[1] ?? '  ';
  const written = JSON.stringify(replacement, null, Array.isArray(replacement) ? unit : undefined).replace(/\n/g, `\n${indent}`);
  return text.slice(0, start) + written + text.slice(end);
}
