/** CSV fields and lines as RFC 4180 writes them: quoted only where the content needs it. */
export type Scheidingsteken = ',' | ';';

const HEEFT_AANHALING_NODIG: Readonly<Record<Scheidingsteken, RegExp>> = {
  ',': /[",\r\n]/,
  ';': /[";\r\n]/,
};

/** A field, in double quotes (with quotes doubled) when it holds the delimiter, a quote or a line break. */
export function csvVeld(waarde: string, scheidingsteken: Scheidingsteken): string {
  if (!HEEFT_AANHALING_NODIG[scheidingsteken].test(waarde)) return waarde;
  return `"${waarde.replaceAll('"', '""')}"`;
}

/** One line without its line end. */
export function csvRegel(velden: readonly string[], scheidingsteken: Scheidingsteken): string {
  let regel = '';
  for (let i = 0; i < velden.length; i++) {
    if (i > 0) regel += scheidingsteken;
    regel += csvVeld(velden[i] ?? '', scheidingsteken);
  }
  return regel;
}
