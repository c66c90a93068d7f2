import { describe, expect, it } from 'vitest';
import { parseBooleanValue } from '../../../shared/reference/boolean-value.ts';
import { parseLeveringsvorm } from '../../../shared/reference/leveringsvorm.ts';
import { parseSector } from '../../../shared/reference/sector.ts';

describe('parseSector and its synonyms', () => {
  it.each([
    ['VV', 'VV'],
    ['V&V', 'VV'],
    ['vv', 'VV'],
    ['v&v', 'VV'],
    ['GHZ', 'GHZ'],
    ['GZ', 'GHZ'],
    ['VG', 'GHZ'],
    ['LG', 'GHZ'],
    ['ZG', 'GHZ'],
    ['lg', 'GHZ'],
    ['GGZ', 'GGZ'],
    [' ggz ', 'GGZ'],
  ])('reads %j as %s', (text, sector) => {
    expect(parseSector(text)).toEqual({ ok: true, sector });
  });

  it.each(['V en V', 'GG', 'Wlz', '', '*'])('refuses %j', (text) => {
    expect(parseSector(text)).toEqual({
      ok: false,
      reden: 'onbekende sector; toegestaan: VV (V&V), GHZ (GZ, VG, LG, ZG), GGZ',
    });
  });
});

describe('parseLeveringsvorm (COD578)', () => {
  it.each([
    ['4', 'verblijf'],
    ['5', 'vpt'],
    ['7', 'mpt'],
    ['8', 'dtv'],
    ['2', 'pgb'],
    ['9', 'vkb'],
    ['verblijf', 'verblijf'],
    ['VPT', 'vpt'],
    ['Mpt', 'mpt'],
    ['dtv', 'dtv'],
    ['PGB', 'pgb'],
    ['vkb', 'vkb'],
    ['Volledig pakket thuis', 'vpt'],
    ['modulair pakket thuis', 'mpt'],
    ['Deeltijdverblijf', 'dtv'],
    ['Persoonsgebonden budget', 'pgb'],
    ['Verkeerde bed', 'vkb'],
  ])('reads %j as %s', (text, vorm) => {
    expect(parseLeveringsvorm(text)).toEqual({ ok: true, leveringsvorm: vorm });
  });

  it.each(['1', '3', '6', 'zin', 'thuis', ''])('refuses %j', (text) => {
    expect(parseLeveringsvorm(text).ok).toBe(false);
  });
});

describe('parseBooleanValue', () => {
  it.each(['J', 'j', 'ja', 'JA', 'Ja', 'true', 'TRUE', 'True', '1', ' j '])('%j is true', (text) => {
    expect(parseBooleanValue(text)).toEqual({ ok: true, value: true });
  });
  it.each(['N', 'n', 'nee', 'NEE', 'false', 'False', '0'])('%j is false', (text) => {
    expect(parseBooleanValue(text)).toEqual({ ok: true, value: false });
  });
  it.each(['y', 'yes', 'no', '2', 'waar', ''])('%j is refused', (text) => {
    expect(parseBooleanValue(text)).toEqual({
      ok: false,
      reden: 'geen ja/nee-waarde; toegestaan: J/N, ja/nee, true/false, 1/0',
    });
  });
});
