// Text from a document or a file name, made safe to print on one terminal
// line: control characters (a newline, an escape that starts a terminal
// sequence) and the invisible characters that reorder a line are written as
// escapes, so a file called "plan\n.txt" or "\u001b[2J.txt" is named as it is
// and cannot split a message or drive the terminal.

// eslint-disable-next-line no-control-regex -- control characters are what it replaces
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const printable = (s: string): string =>
  s.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
