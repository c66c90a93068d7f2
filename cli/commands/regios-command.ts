import type { Argv, CommandModule } from 'yargs';
import { DISTINCT_REGIOS, ZORGKANTOORREGIOS } from '../../shared/reference/zorgkantoorregio.ts';
import { formatAantal } from '../../shared/text/aantal.ts';
import { renderTextTable } from '../../shared/text/text-table.ts';

interface RegiosArgs {
  format: 'tekst' | 'json';
}

/** The region list as a table, with the codes that name the same region pointed out. */
export function renderRegiosTekst(): string {
  const codesPerNaam = new Map<string, string[]>();
  for (const regio of ZORGKANTOORREGIOS) {
    codesPerNaam.set(regio.naam, [...(codesPerNaam.get(regio.naam) ?? []), regio.code]);
  }
  const dubbel = [...codesPerNaam].filter(([, codes]) => codes.length > 1);
  const tabel = renderTextTable(
    [{ kop: 'Code' }, { kop: 'Zorgkantoorregio' }],
    ZORGKANTOORREGIOS.map((r) => [r.code, r.naam]),
  );
  return [
    `Zorgkantoorregio's (iWlz COD001): ${formatAantal(DISTINCT_REGIOS.length, 'regio')} onder ${ZORGKANTOORREGIOS.length} codes`,
    '',
    tabel,
    '',
    ...dubbel.map(
      ([naam, codes]) => `${codes.join(' en ')} zijn allebei ${naam}; beide codes worden aanvaard.`,
    ),
    'Gebruik de code bij --regio en in de kolom zorgkantoorregio van een extract.',
    '',
  ].join('\n');
}

export const regiosCommand: CommandModule<object, RegiosArgs> = {
  command: 'regios',
  describe: "Toon de zorgkantoorregio's: code en naam (voor --regio en de extracten)",
  builder: (y: Argv): Argv<RegiosArgs> =>
    y
      .option('format', {
        choices: ['tekst', 'json'] as const,
        default: 'tekst' as const,
        describe: 'Uitvoer als leesbare tabel of als JSON',
      })
      .example('$0 regios', "Alle zorgkantoorregio's met hun code"),
  handler: (args) => {
    process.stdout.write(
      args.format === 'json'
        ? `${JSON.stringify(
            ZORGKANTOORREGIOS.map((r) => ({ code: r.code, naam: r.naam })),
            null,
            2,
          )}\n`
        : renderRegiosTekst(),
    );
  },
};
