import { describe, expect, it } from 'vitest';
import {
  domeinVan,
  maskeerAdres,
  maskeerAdressenIn,
  parseEmailAdres,
  type EmailAdres,
} from '../../../shared/alerts/email-adres.ts';
import { isToegestaanAdres, parseMaildomein } from '../../../shared/alerts/maildomeinen.ts';

describe('e-mail addresses', () => {
  it.each([
    ['j.jansen@zorgkantoor.nl', 'j.jansen@zorgkantoor.nl'],
    ['  J.Jansen@ZorgKantoor.NL ', 'j.jansen@zorgkantoor.nl'],
    ['team+alerts@zk-west.nl', 'team+alerts@zk-west.nl'],
  ])('accepts %j as %s (compared without regard to case)', (tekst, adres) => {
    expect(parseEmailAdres(tekst)).toEqual({ ok: true, adres });
  });

  it.each([
    ['', 'geen e-mailadres opgegeven'],
    ['jansen', 'geen geldig e-mailadres (verwacht bijvoorbeeld naam@zorgkantoor.nl)'],
    ['jansen@zorgkantoor', 'geen geldig e-mailadres (verwacht bijvoorbeeld naam@zorgkantoor.nl)'],
    ['j jansen@zorgkantoor.nl', 'geen geldig e-mailadres (verwacht bijvoorbeeld naam@zorgkantoor.nl)'],
    ['<script>@zorgkantoor.nl', 'geen geldig e-mailadres (verwacht bijvoorbeeld naam@zorgkantoor.nl)'],
    [`${'a'.repeat(250)}@zk.nl`, 'langer dan 254 tekens'],
  ])('refuses %j: %s', (tekst, reden) => {
    expect(parseEmailAdres(tekst)).toEqual({ ok: false, reden });
  });

  it('masks an address for logs: first letter and domain only', () => {
    const adres = 'j.jansen@zorgkantoor.nl' as EmailAdres;
    expect(maskeerAdres(adres)).toBe('j***@zorgkantoor.nl');
    expect(domeinVan(adres)).toBe('zorgkantoor.nl');
    expect(maskeerAdressenIn('550 5.1.1 <J.Jansen@ZorgKantoor.nl>: Recipient address rejected')).toBe(
      '550 5.1.1 <J***@zorgkantoor.nl>: Recipient address rejected',
    );
  });

  it('allows an address only in a listed domain, not in a subdomain of one', () => {
    const domeinen = ['zorgkantoor.nl'];
    expect(isToegestaanAdres('a@zorgkantoor.nl' as EmailAdres, domeinen)).toBe(true);
    expect(isToegestaanAdres('a@west.zorgkantoor.nl' as EmailAdres, domeinen)).toBe(false);
    expect(isToegestaanAdres('a@zorgkantoor.nl.evil.com' as EmailAdres, domeinen)).toBe(false);
    expect(isToegestaanAdres('a@zorgkantoor.nl' as EmailAdres, [])).toBe(false);
    expect(parseMaildomein(' @ZorgKantoor.NL ')).toEqual({ ok: true, domein: 'zorgkantoor.nl' });
    expect(parseMaildomein('zorgkantoor')).toMatchObject({ ok: false });
  });
});
