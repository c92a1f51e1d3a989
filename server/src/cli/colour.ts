/** Colour on a terminal only; NO_COLOR (https://no-color.org) turns it off and FORCE_COLOR on, as in chalk. */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR) return false;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

const CODES = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;

export type Palette = Record<keyof typeof CODES, (text: string) => string>;

export function paint(colour: boolean): Palette {
  const entries = Object.entries(CODES).map(([name, [open, close]]) => [
    name,
    (text: string) => (colour && text ? `\x1b[${open}m${text}\x1b[${close}m` : text),
  ]);
  return Object.fromEntries(entries) as Palette;
}
