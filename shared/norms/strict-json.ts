import { printParseErrorCode, visit } from 'jsonc-parser';
import { describeJsonPath } from './json-pad.ts';

export type StrictJsonResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly fouten: readonly string[] };

const BOM = '\uFEFF';

/**
 * Reads a JSON document that people edit by hand (the norms file), strictly: no comments, no
 * trailing commas, no key twice in one object (JSON.parse would silently keep the last one).
 * A leading UTF-8 byte order mark, as Notepad writes it, is accepted. A syntax error is told in
 * Dutch with its line and column ("geen geldige JSON op regel 4, kolom 17: verwacht een komma
 * of }"); every duplicate key is listed ("regel 9, kolom 7: het veld dagen komt twee keer voor
 * in streefnormen item 2"). The value itself is JSON.parse's, so that it is exactly JSON.
 */
export function parseStrictJson(input: string): StrictJsonResult {
  const text = input.startsWith(BOM) ? input.slice(BOM.length) : input;
  const fouten = syntaxAndDuplicateKeys(text);
  if (fouten.length > 0) return { ok: false, fouten };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // The checks above follow the JSON grammar; this is a safety net that never shows V8's English.
    return { ok: false, fouten: ['geen geldige JSON'] };
  }
}

interface Plaats {
  readonly offset: number;
  readonly regel: number;
  readonly kolom: number;
}

function waar(plaats: Plaats): string {
  return `regel ${plaats.regel + 1}, kolom ${plaats.kolom + 1}`;
}

interface OpenObject {
  readonly sleutels: Map<string, { aantal: number; tweede?: Plaats }>;
  readonly pad: readonly (string | number)[];
}

/**
 * The first syntax error (what follows it is mostly a consequence), or else every key that
 * occurs more than once in its object, in the order of the file.
 */
function syntaxAndDuplicateKeys(text: string): string[] {
  let syntaxFout: string | undefined;
  const dubbel: { plaats: Plaats; regel: string }[] = [];
  const nesting: ('object' | 'lijst')[] = [];
  const objecten: OpenObject[] = [];

  visit(
    text,
    {
      onObjectBegin: (_offset, _length, _line, _character, pathSupplier) => {
        nesting.push('object');
        objecten.push({ sleutels: new Map(), pad: pathSupplier() });
      },
      onObjectProperty: (property, offset, _length, line, character) => {
        const open = objecten.at(-1);
        if (open === undefined) return;
        const gezien = open.sleutels.get(property);
        if (gezien === undefined) open.sleutels.set(property, { aantal: 1 });
        else {
          gezien.aantal++;
          gezien.tweede ??= { offset, regel: line, kolom: character };
        }
      },
      onObjectEnd: () => {
        nesting.pop();
        const open = objecten.pop();
        if (open === undefined) return;
        for (const [sleutel, { aantal, tweede }] of open.sleutels) {
          if (tweede === undefined) continue;
          const keer = aantal === 2 ? 'twee' : String(aantal);
          const plek = open.pad.length > 0 ? ` in ${describeJsonPath(open.pad)}` : '';
          dubbel.push({
            plaats: tweede,
            regel: `${waar(tweede)}: het veld ${sleutel} komt ${keer} keer voor${plek}`,
          });
        }
      },
      onArrayBegin: () => {
        nesting.push('lijst');
      },
      onArrayEnd: () => {
        nesting.pop();
      },
      onError: (code, offset, length, line, character) => {
        syntaxFout ??= `geen geldige JSON op ${waar({ offset, regel: line, kolom: character })}: ${describeSyntaxError(
          printParseErrorCode(code),
          text,
          offset,
          length,
          nesting.at(-1),
        )}`;
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (syntaxFout !== undefined) return [syntaxFout];
  return dubbel.sort((a, b) => a.plaats.offset - b.plaats.offset).map((d) => d.regel);
}

/** Spaces other than JSON's own, control and format characters: not visible in an editor. */
const ONZICHTBAAR = /^[\p{Z}\p{Cc}\p{Cf}]/u;

const WAARDE = 'een getal, tekst tussen dubbele aanhalingstekens, true, false, null, [ of {';

function describeSyntaxError(
  code: string,
  text: string,
  offset: number,
  length: number,
  binnen: 'object' | 'lijst' | undefined,
): string {
  const symbool = text.slice(offset, offset + length);
  const sluit = binnen === 'lijst' ? ']' : '}';
  const aanHetEinde = text.slice(offset).trim() === '';
  const naKomma = /,\s*$/.test(text.slice(0, offset));
  switch (code) {
    case 'InvalidSymbol':
      if (ONZICHTBAAR.test(symbool)) {
        const codepunt = (symbool.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
        return `onzichtbaar teken U+${codepunt} (zoals een harde spatie) buiten aanhalingstekens; vervang het door een gewone spatie`;
      }
      return symbool.startsWith("'")
        ? `enkele aanhalingstekens (${symbool}); JSON gebruikt dubbele aanhalingstekens ("…")`
        : `onverwacht "${symbool}"; tekst en veldnamen staan tussen dubbele aanhalingstekens, true, false en null zonder`;
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return `ongeldig getal "${symbool}"`;
    case 'PropertyNameExpected':
      if (naKomma && /^\d/.test(symbool) && /\d,\s*$/.test(text.slice(0, offset))) {
        return 'een getal met een komma; schrijf decimalen met een punt (0.75), niet met een komma';
      }
      if (naKomma && symbool === '}') return 'overbodige komma voor }; haal de laatste komma weg';
      return 'verwacht een veldnaam tussen dubbele aanhalingstekens';
    case 'ValueExpected':
      if (text.trim() === '') return 'het bestand is leeg';
      if (aanHetEinde) return `het bestand houdt op waar een waarde hoort (${WAARDE})`;
      if (naKomma && symbool === ']') return 'overbodige komma voor ]; haal de laatste komma weg';
      return `verwacht een waarde: ${WAARDE}`;
    case 'ColonExpected':
      return 'verwacht een dubbele punt (:) na de veldnaam';
    case 'CommaExpected':
      if (/^\d/.test(symbool) && /(^|[^\d.])0$/.test(text.slice(0, offset))) {
        return 'een getal mag niet met een 0 beginnen (schrijf 42, niet 042)';
      }
      return `verwacht een komma of ${sluit}`;
    case 'CloseBraceExpected':
      return aanHetEinde
        ? 'het bestand houdt op voordat het object met } is gesloten'
        : 'verwacht een komma of }';
    case 'CloseBracketExpected':
      return aanHetEinde
        ? 'het bestand houdt op voordat de lijst met ] is gesloten'
        : 'verwacht een komma of ]';
    case 'EndOfFileExpected':
      return 'na het einde van het JSON-document staat nog tekst';
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return 'commentaar (// of /* */) kan niet in JSON; zet een uitleg in het veld "toelichting"';
    case 'UnexpectedEndOfString':
      return 'tekst zonder afsluitend aanhalingsteken (")';
    case 'InvalidUnicode':
      return 'ongeldige \\u-code in tekst';
    case 'InvalidEscapeCharacter':
      return `ongeldig escapeteken ${symbool.slice(0, 2)} in tekst; schrijf een backslash als \\\\`;
    case 'InvalidCharacter':
      return 'een tab of regeleinde binnen aanhalingstekens; schrijf die als \\t of \\n';
    default:
      return 'geen geldige JSON';
  }
}
