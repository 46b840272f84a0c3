// Progress lines for long work: rewritten in place on a terminal, one plain line per update otherwise.

/** Reports the state of a long task; `done` ends the line. */
export interface Progress {
  update(text: string): void;
  done(text: string): void;
}

/** A progress reporter on a stream; on a TTY it redraws one line at most ten times a second. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr, label = ""): Progress {
  const prefix = label ? `${label}: ` : "";
  let lastDraw = 0;
  let pending = false;
  return {
    update(text) {
      const now = Date.now();
      if (stream.isTTY) {
        if (now - lastDraw < 100) return;
        lastDraw = now;
        stream.write(`\r\x1b[2K${prefix}${text}`);
        pending = true;
      } else if (now - lastDraw >= 2000) {
        lastDraw = now;
        stream.write(`${prefix}${text}\n`);
      }
    },
    done(text) {
      stream.write(`${stream.isTTY && pending ? "\r\x1b[2K" : ""}${prefix}${text}\n`);
      pending = false;
    },
  };
}

/** Progress that reports nothing: for tests and quiet callers. */
export const SILENT_PROGRESS: Progress = { update() {}, done() {} };
