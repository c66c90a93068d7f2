import { describe, expect, it } from 'vitest';
import { isGenormeerd, parseWachtstatus, WACHTSTATUSSEN } from '../../../shared/reference/wachtstatus.ts';

describe('parseWachtstatus (COD167)', () => {
  it.each([
    ['6', 'urgent_plaatsen'],
    ['7', 'actief_plaatsen'],
    ['2', 'wacht_op_voorkeur'],
    ['3', 'wacht_uit_voorzorg'],
    ['urgent_plaatsen', 'urgent_plaatsen'],
    ['Urgent plaatsen', 'urgent_plaatsen'],
    [' ACTIEF_PLAATSEN ', 'actief_plaatsen'],
    ['Wacht op voorkeur', 'wacht_op_voorkeur'],
    ['wacht-uit-voorzorg', 'wacht_uit_voorzorg'],
  ])('reads %j as %s', (text, status) => {
    expect(parseWachtstatus(text)).toEqual({ ok: true, wachtstatus: status });
  });

  it.each([
    ['1', 'Actief wachtend'],
    ['4', 'In zorg'],
    ['5', 'Einde zorgvraag'],
    ['actief wachtend', 'Actief wachtend'],
  ])('refuses %j: an iWlz status that is not a waiting status here', (text, omschrijving) => {
    const result = parseWachtstatus(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reden).toContain(omschrijving);
    if (!result.ok) expect(result.reden).toContain('geen wachtstatus in deze monitor');
  });

  it.each(['8', '0', 'wachtend', ''])('refuses the unknown status %j', (text) => {
    const result = parseWachtstatus(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reden).toMatch(/^onbekende wachtstatus/);
  });

  it('only urgent and actief plaatsen have a streefnorm', () => {
    expect(WACHTSTATUSSEN.filter(isGenormeerd)).toEqual(['urgent_plaatsen', 'actief_plaatsen']);
  });
});
