/** Every JSON line the services write, parsed: a pino destination for tests that read the logs. */
export function logLines(): { lines: Array<Record<string, any>>; write(line: string): void } {
  const lines: Array<Record<string, any>> = [];
  return { lines, write: (line) => lines.push(JSON.parse(line)) };
}
