// Text for a terminal. A file name or a document's words quoted in a message
// could carry an escape sequence (clear the screen, set the window title, hide
// a line) or a bidirectional control that reorders what the publisher reads;
// each such character is shown as its code instead ("\x1B", "\u202E"), and a
// line break inside one line of a message as "\n", so one message stays one line.

// eslint-disable-next-line no-control-regex -- control characters are what it escapes
const UNSAFE = /[\x00-\x08\x0A-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u2028\u2029]/g;

const escaped = (c: string) => {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  const n = c.charCodeAt(0);
  return n <= 0xff ? `\\x${n.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${n.toString(16).toUpperCase()}`;
};

/** `text` with control and bidirectional characters written as escapes: a file name as it can be shown anywhere. */
export const escapeControls = (text: string): string => text.replace(UNSAFE, escaped);

/** One line for a terminal: control and bidirectional characters written as escapes, never sent. */
export const terminalLine = escapeControls;
