import { MAZ_KOP, PGB_KOP, WACHTLIJST_KOP, csv } from './csv-text.ts';

/**
 * Real extract files for the alert tests: region 5517 with items on the 75%-lijst of all three
 * kinds (one client_id holds markup), and region 5518 with one of its own, so that a mail
 * about 5517 can be checked to hold nothing of 5518. Peildatum 31-10-2026; standard norms
 * (VV actief 42 days, other actief 91, urgent 14, pgb 42, MAZ 30; 75%).
 */
export const ALERT_PEILDATUM = '2026-10-31';
/** A moment after the peildatum, in the cycle of 16-11-2026 (anchor 2024-01-01). */
export const ALERT_NU = '2026-11-17T09:00:00+01:00';

export const MARKUP_ID = '<script>alert(1)</script>';

/** The 75%-lijst of 5517 as the contract's computation gives it, most urgent first (share of the norm). */
export const LIJST_5517 = [
  'M-5517-b', // MAZ vpt, 46 of 30 days (153%): overschreden
  'W-5517-a', // wachtlijst VV actief, 60 of 42 days (143%): overschreden; on a tie the wachtlijst first
  'P-5517-a', // pgb, 60 of 42 days (143%): overschreden
  'W-5517-b', // wachtlijst GHZ actief, 82 of 91 days (90%)
  'M-5517-a', // MAZ verblijf, 26 of 30 days (87%)
  'P-5517-b', // pgb, 36 of 42 days (86%)
  MARKUP_ID, // wachtlijst urgent, 11 of 14 days (79%)
];
export const NIET_OP_LIJST_5517 = ['W-5517-c', 'W-5517-d', 'P-5517-c'];
export const LIJST_5518 = ['W-5518-a'];

const P = ALERT_PEILDATUM;

export function alertExtracten(): { naam: string; tekst: string }[] {
  return [
    {
      naam: 'wachtlijst-2026-10.csv',
      tekst: csv([
        [...WACHTLIJST_KOP],
        [P, '5517', 'W-5517-a', 'VV', '', '7', '09', '2026-09-01', 'N', '', ''],
        [P, '5517', 'W-5517-b', 'GHZ', '', '7', '10', '2026-08-10', 'J', '', ''],
        [P, '5517', MARKUP_ID, 'VV', '', '6', '01', '2026-10-20', 'N', '', ''],
        [P, '5517', 'W-5517-c', 'VV', '', '7', '09', '2026-10-20', 'J', '', ''],
        [P, '5517', 'W-5517-d', 'VV', '', '2', '13', '2025-01-01', 'J', '', ''],
        [P, '5518', 'W-5518-a', 'VV', '', '7', '09', '2026-08-01', 'N', '', ''],
      ]),
    },
    {
      naam: 'pgb-2026-10.csv',
      tekst: csv([
        [...PGB_KOP],
        [P, '5517', 'P-5517-a', 'A-1', 'VV', '2026-09-01', '', ''],
        [P, '5517', 'P-5517-b', 'A-2', 'VV', '2026-09-25', '', ''],
        [P, '5517', 'P-5517-c', 'A-3', 'VV', '2026-09-01', '2026-09-20', 'toegekend'],
      ]),
    },
    {
      naam: 'maz-2026-10.csv',
      tekst: csv([
        [...MAZ_KOP],
        [P, '5517', 'M-5517-a', 'Z-1', '4', '2026-10-05', '', ''],
        [P, '5517', 'M-5517-b', 'Z-2', '5', '2026-09-15', '', 'J'],
      ]),
    },
  ];
}

/** A later wachtlijst of 5517 (peildatum 30-11-2026): W-5517-c has reached 75%, W-5517-a is gone. */
export function latereWachtlijst5517(): { naam: string; tekst: string } {
  const P2 = '2026-11-30';
  return {
    naam: 'wachtlijst-2026-11.csv',
    tekst: csv([
      [...WACHTLIJST_KOP],
      [P2, '5517', 'W-5517-b', 'GHZ', '', '7', '10', '2026-08-10', 'J', '', ''],
      [P2, '5517', 'W-5517-c', 'VV', '', '7', '09', '2026-10-20', 'J', '', ''],
      [P2, '5517', 'W-5517-d', 'VV', '', '2', '13', '2025-01-01', 'J', '', ''],
    ]),
  };
}
