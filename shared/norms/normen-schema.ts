import { z } from 'zod';
import { type CalendarDate, parseIsoDate } from '../calendar/calendar-date.ts';
import { parseClassificatie } from '../reference/classificatie.ts';
import { parseLeveringsvorm } from '../reference/leveringsvorm.ts';
import { parseSector } from '../reference/sector.ts';
import { GENORMEERDE_WACHTSTATUSSEN, isGenormeerd, parseWachtstatus } from '../reference/wachtstatus.ts';
import { formatDatum } from '../text/dutch-format.ts';
import { ALLE, type MazNormRegel, type Normen, type PgbNormRegel, type StreefnormRegel } from './normen.ts';

z.config(z.locales.nl());

const datum = z.string({ error: 'moet een datum JJJJ-MM-DD zijn' }).transform((text, ctx): CalendarDate => {
  const result = parseIsoDate(text);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is geen geldige datum: ${result.reden}` });
    return z.NEVER;
  }
  return result.date;
});

const dagen = z
  .number({ error: 'moet een geheel aantal dagen zijn' })
  .int({ error: 'moet een geheel aantal dagen zijn' })
  .min(1, { error: (issue) => `moet minstens 1 dag zijn, gekregen ${String(issue.input)}` })
  .max(3650, { error: 'meer dan 3650 dagen (10 jaar) is geen bruikbare norm' });

const wachtstatus = z.string({ error: 'moet een wachtstatus zijn' }).transform((text, ctx) => {
  const result = parseWachtstatus(text);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `"${text}": ${result.reden}` });
    return z.NEVER;
  }
  if (!isGenormeerd(result.wachtstatus)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}": alleen urgent_plaatsen en actief_plaatsen hebben een streefnorm`,
    });
    return z.NEVER;
  }
  return result.wachtstatus;
});

const sectorOfAlle = z.string({ error: 'moet een sector of * zijn' }).transform((text, ctx) => {
  if (text.trim() === ALLE) return ALLE;
  const result = parseSector(text);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `"${text}": ${result.reden}, of *` });
    return z.NEVER;
  }
  return result.sector;
});

const leveringsvormOfAlle = z.string({ error: 'moet een leveringsvorm of * zijn' }).transform((text, ctx) => {
  if (text.trim() === ALLE) return ALLE;
  const result = parseLeveringsvorm(text);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `"${text}": ${result.reden}, of *` });
    return z.NEVER;
  }
  return result.leveringsvorm;
});

const streefnorm = z
  .strictObject({
    geldigVanaf: datum,
    wachtstatus,
    sector: sectorOfAlle,
    classificatie: z.string({ error: 'moet een classificatiecode of * zijn' }),
    dagen,
    toelichting: z.string().optional(),
  })
  .transform((regel, ctx): StreefnormRegel => {
    let classificatie = regel.classificatie.trim();
    if (classificatie !== ALLE) {
      const result = parseClassificatie(classificatie, regel.wachtstatus, regel.geldigVanaf);
      if (!result.ok) {
        ctx.addIssue({
          code: 'custom',
          path: ['classificatie'],
          message: `"${classificatie}": ${result.reden}`,
        });
        return z.NEVER;
      }
      classificatie = result.classificatie;
    }
    return {
      geldigVanaf: regel.geldigVanaf,
      wachtstatus: regel.wachtstatus,
      sector: regel.sector,
      classificatie,
      dagen: regel.dagen,
    };
  });

const pgbNorm = z
  .strictObject({ geldigVanaf: datum, dagen, toelichting: z.string().optional() })
  .transform((r): PgbNormRegel => ({ geldigVanaf: r.geldigVanaf, dagen: r.dagen }));

const mazNorm = z
  .strictObject({
    geldigVanaf: datum,
    leveringsvorm: leveringsvormOfAlle,
    dagen,
    toelichting: z.string().optional(),
  })
  .transform((r): MazNormRegel => ({
    geldigVanaf: r.geldigVanaf,
    leveringsvorm: r.leveringsvorm,
    dagen: r.dagen,
  }));

const drempel = z
  .number({ error: 'moet een percentage (getal) zijn' })
  .min(0, { error: 'moet tussen 0 en 100 liggen' })
  .max(100, { error: 'moet tussen 0 en 100 liggen' });

const seinDrempels = z.strictObject({
  tijdige_zorg: drempel,
  tijdige_pgb_toekenning: drempel,
  tijdige_eigen_bijdrage: drempel,
});

/**
 * Without a streefnorm no waiting client counts as buiten streefnorm, and tijdige zorg would show
 * 100% groen whatever the waiting times: every genormeerde wachtstatus needs at least one entry.
 */
function requireEveryWachtstatus(regels: readonly StreefnormRegel[], ctx: z.RefinementCtx): void {
  if (regels.length === 0) {
    ctx.addIssue({
      code: 'custom',
      message: `de lijst is leeg; zonder streefnorm telt geen wachtende als te laat en is tijdige zorg altijd groen. Geef minstens één norm voor ${GENORMEERDE_WACHTSTATUSSEN.join(' en één voor ')}`,
    });
    return;
  }
  for (const status of GENORMEERDE_WACHTSTATUSSEN) {
    if (regels.some((r) => r.wachtstatus === status)) continue;
    ctx.addIssue({
      code: 'custom',
      message: `geen norm voor ${status}; zonder streefnorm telt geen cliënt met die wachtstatus als te laat en is tijdige zorg ten onrechte groen`,
    });
  }
}

function rejectDuplicates<T>(
  rules: readonly T[],
  key: (rule: T) => string,
  describe: (rule: T) => string,
  list: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Map<string, number>();
  rules.forEach((rule, index) => {
    const k = key(rule);
    const first = seen.get(k);
    if (first === undefined) {
      seen.set(k, index);
      return;
    }
    ctx.addIssue({
      code: 'custom',
      path: [list, index],
      message: `dubbele regel: item ${first + 1} heeft dezelfde sleutels en datum (${describe(rule)})`,
    });
  });
}

export const normenSchema = z
  .strictObject({
    $schema: z.string().optional(),
    toelichting: z.string().optional(),
    signaalFractie: z
      .number({ error: 'moet een getal tussen 0 en 1 zijn (bijvoorbeeld 0.75)' })
      .gt(0, { error: 'moet groter dan 0 zijn' })
      .max(1, { error: 'mag niet groter dan 1 zijn' }),
    streefnormen: z.array(streefnorm, { error: 'moet een lijst zijn' }).superRefine(requireEveryWachtstatus),
    pgbBesluitDagen: z
      .array(pgbNorm, { error: 'moet een lijst zijn' })
      .min(1, { error: 'de lijst is leeg; zonder pgb-norm is geen pgb-besluit tijdig of te laat' }),
    mazDagen: z
      .array(mazNorm, { error: 'moet een lijst zijn' })
      .min(1, { error: 'de lijst is leeg; zonder MAZ-norm is geen MAZ tijdig of te laat' }),
    seinDrempels,
  })
  .superRefine((normen, ctx) => {
    rejectDuplicates(
      normen.streefnormen,
      (r) => `${r.wachtstatus}|${r.sector}|${r.classificatie}|${r.geldigVanaf}`,
      (r) =>
        `${r.wachtstatus}, sector ${r.sector}, classificatie ${r.classificatie}, geldig vanaf ${formatDatum(r.geldigVanaf)}`,
      'streefnormen',
      ctx,
    );
    rejectDuplicates(
      normen.pgbBesluitDagen,
      (r) => r.geldigVanaf,
      (r) => `geldig vanaf ${formatDatum(r.geldigVanaf)}`,
      'pgbBesluitDagen',
      ctx,
    );
    rejectDuplicates(
      normen.mazDagen,
      (r) => `${r.leveringsvorm}|${r.geldigVanaf}`,
      (r) => `leveringsvorm ${r.leveringsvorm}, geldig vanaf ${formatDatum(r.geldigVanaf)}`,
      'mazDagen',
      ctx,
    );
  })
  .transform((n): Normen => ({
    signaalFractie: n.signaalFractie,
    streefnormen: n.streefnormen,
    pgbBesluitDagen: n.pgbBesluitDagen,
    mazDagen: n.mazDagen,
    seinDrempels: n.seinDrempels,
    toelichting: n.toelichting,
  }));
