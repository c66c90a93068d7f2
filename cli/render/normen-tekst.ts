import { beschrijfNormenBron, type NormenInGebruik } from '../../shared/app/normen/normen-in-gebruik.ts';
import { formatDatum, formatGetal } from '../../shared/text/dutch-format.ts';
import { renderTextTable } from '../../shared/text/text-table.ts';

export const PLAATSHOUDER_WAARSCHUWING =
  'LET OP: de streefnormen in het standaard normenbestand zijn plaatshouders. Vervang ze door de waarden\n' +
  'die in uw regio zijn afgesproken: maak een eigen normenbestand (zie README, "Normen") en geef het mee\n' +
  'met --normen BESTAND of ZORGPLICHT_NORMEN=BESTAND.';

const statusOrder = (status: string) => (status === 'urgent_plaatsen' ? 0 : 1);

/** The first whole day count that is signalled: the smallest d with d ≥ fractie × norm. */
export function firstSignalDay(normDagen: number, fractie: number): number {
  return Math.ceil(fractie * normDagen - 1e-9);
}

/** The norms in force as readable Dutch tables. */
export function renderNormenTekst({ normen, bron, hash }: NormenInGebruik): string {
  const fractie = normen.signaalFractie;
  const parts: string[] = [
    `Normen in gebruik — bron: ${beschrijfNormenBron(bron)}`,
    `Inhoud (SHA-256): ${hash}`,
  ];
  if (bron.soort === 'standaard') parts.push('', PLAATSHOUDER_WAARSCHUWING);
  if (normen.toelichting) parts.push('', `Toelichting: ${normen.toelichting}`);
  parts.push(
    '',
    `Signaalfractie: ${formatGetal(fractie * 100)}% van de norm (de ${formatGetal(fractie * 100)}%-lijst)`,
  );

  parts.push('', 'Streefnormen wachtlijst (urgent en actief plaatsen)');
  const streef = [...normen.streefnormen].sort(
    (a, b) =>
      statusOrder(a.wachtstatus) - statusOrder(b.wachtstatus) ||
      a.geldigVanaf.localeCompare(b.geldigVanaf) ||
      a.sector.localeCompare(b.sector) ||
      a.classificatie.localeCompare(b.classificatie),
  );
  parts.push(
    streef.length === 0
      ? '  (geen streefnormen: niemand valt buiten een streefnorm)'
      : renderTextTable(
          [
            { kop: 'Geldig vanaf' },
            { kop: 'Wachtstatus' },
            { kop: 'Sector' },
            { kop: 'Classificatie' },
            { kop: 'Dagen', rechts: true },
            { kop: 'Signaal vanaf', rechts: true },
          ],
          streef.map((r) => [
            formatDatum(r.geldigVanaf),
            r.wachtstatus,
            r.sector === '*' ? '* (alle)' : r.sector,
            r.classificatie === '*' ? '* (alle)' : r.classificatie,
            String(r.dagen),
            `${firstSignalDay(r.dagen, fractie)} d`,
          ]),
        ),
  );

  parts.push('', 'Pgb-besluit (dagen van ontvangst tot besluit)');
  parts.push(
    renderTextTable(
      [{ kop: 'Geldig vanaf' }, { kop: 'Dagen', rechts: true }],
      [...normen.pgbBesluitDagen]
        .sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf))
        .map((r) => [formatDatum(r.geldigVanaf), String(r.dagen)]),
    ),
  );

  parts.push('', 'MAZ verwerkt door het CAK (dagen van aanvang zorg tot verwerking)');
  parts.push(
    renderTextTable(
      [{ kop: 'Geldig vanaf' }, { kop: 'Leveringsvorm' }, { kop: 'Dagen', rechts: true }],
      [...normen.mazDagen]
        .sort(
          (a, b) =>
            a.geldigVanaf.localeCompare(b.geldigVanaf) || a.leveringsvorm.localeCompare(b.leveringsvorm),
        )
        .map((r) => [
          formatDatum(r.geldigVanaf),
          r.leveringsvorm === '*' ? '* (overige)' : r.leveringsvorm,
          String(r.dagen),
        ]),
    ),
  );

  parts.push('', 'Seindrempels (groen vanaf dit percentage, anders oranje)');
  parts.push(
    renderTextTable(
      [{ kop: 'Sein' }, { kop: 'Drempel', rechts: true }],
      [
        ['Tijdige zorg', `${formatGetal(normen.seinDrempels.tijdige_zorg)}%`],
        ['Tijdige pgb-toekenning', `${formatGetal(normen.seinDrempels.tijdige_pgb_toekenning)}%`],
        ['Tijdige eigen bijdrage', `${formatGetal(normen.seinDrempels.tijdige_eigen_bijdrage)}%`],
      ],
    ),
  );
  return `${parts.join('\n')}\n`;
}
