import { App } from 'aws-cdk-lib';
import { tijdelijkeMapSync } from '../support/tijdelijke-map.ts';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/app/app-error.ts';
import { DEFAULT_SETTINGS, readSettings } from '../../infra/lib/zorgplicht-settings.ts';
import { CDK_JSON_CONTEXT } from './synth-stack.ts';

const read = (context: Record<string, unknown>) =>
  readSettings(new App({ context, outdir: tijdelijkeMapSync('zp-cdk-out-') }).node);

/** The Dutch lines of the error a malformed context gives. */
function problems(context: Record<string, unknown>): readonly string[] {
  try {
    read(context);
  } catch (error) {
    if (isAppError(error) && error.code === 'ONGELDIGE_INVOER') return error.regels;
    throw error;
  }
  throw new Error('no error');
}

describe('deployment settings from the CDK context', () => {
  it('cdk.json holds every setting, with the defaults', () => {
    expect(
      Object.keys(CDK_JSON_CONTEXT)
        .filter((key) => key.startsWith('zorgplicht:'))
        .sort(),
    ).toEqual(
      Object.keys(DEFAULT_SETTINGS)
        .map((key) => `zorgplicht:${key}`)
        .sort(),
    );
    expect(read(CDK_JSON_CONTEXT)).toEqual(DEFAULT_SETTINGS);
    expect(read({})).toEqual(DEFAULT_SETTINGS);
  });

  it('takes values as cdk.json gives them and as -c gives them (always text)', () => {
    const fromJson = read({
      'zorgplicht:environment': 'productie',
      'zorgplicht:senderAddress': ' alerts@zorgkantoor.nl ',
      'zorgplicht:allowedMailDomains': ['Zorgkantoor.NL', 'nza.nl'],
      'zorgplicht:uitvoerderAccountId': '111122223333',
      'zorgplicht:archiveRetentionDays': 30,
      'zorgplicht:alertAnchorDate': '2025-01-06',
    });
    expect(fromJson).toMatchObject({
      environment: 'productie',
      senderAddress: 'alerts@zorgkantoor.nl',
      allowedMailDomains: ['zorgkantoor.nl', 'nza.nl'],
      uitvoerderAccountId: '111122223333',
      archiveRetentionDays: 30,
      alertAnchorDate: '2025-01-06',
    });
    const fromCommandLine = read({
      'zorgplicht:allowedMailDomains': 'zorgkantoor.nl,nza.nl',
      'zorgplicht:archiveRetentionDays': '30',
    });
    expect(fromCommandLine).toMatchObject({
      allowedMailDomains: ['zorgkantoor.nl', 'nza.nl'],
      archiveRetentionDays: 30,
    });
    expect(read({ 'zorgplicht:allowedMailDomains': '' }).allowedMailDomains).toEqual([]);
  });

  it('refuses a malformed address with a Dutch line naming the setting', () => {
    expect(problems({ 'zorgplicht:alarmAddress': 'beheer-at-zorgkantoor.nl' })).toEqual([
      'zorgplicht:alarmAddress: "beheer-at-zorgkantoor.nl" is geen e-mailadres',
    ]);
  });

  it('reports every problem at once, and an unknown zorgplicht: key (a typo)', () => {
    expect(
      problems({
        'zorgplicht:environment': 'Productie!',
        'zorgplicht:senderAddress': 'alerts@zorgkantoor',
        'zorgplicht:allowedMailDomains': 'zorgkantoor.nl,niet een domein',
        'zorgplicht:alertAnchorDate': '2025-01-07',
        'zorgplicht:uitvoerderAccountId': '1234',
        'zorgplicht:archiveRetentionDays': 'negentig',
        'zorgplicht:alarmAdres': 'beheer@zorgkantoor.nl',
      }),
    ).toEqual([
      'zorgplicht:environment: alleen kleine letters, cijfers en streepjes, beginnend met een letter, hoogstens 20 tekens',
      'zorgplicht:senderAddress: "alerts@zorgkantoor" is geen e-mailadres',
      'zorgplicht:allowedMailDomains: "niet een domein" is geen domeinnaam',
      'zorgplicht:alertAnchorDate: 2025-01-07 is geen maandag (de alerts gaan op maandag)',
      'zorgplicht:uitvoerderAccountId: "1234" is geen AWS-accountnummer van 12 cijfers',
      'zorgplicht:archiveRetentionDays: moet een geheel aantal dagen zijn',
      'onbekende instelling zorgplicht:alarmAdres',
    ]);
  });

  it('refuses an impossible date and a retention out of range', () => {
    expect(problems({ 'zorgplicht:alertAnchorDate': '2025-02-30' })).toEqual([
      'zorgplicht:alertAnchorDate: "2025-02-30": dag 30 bestaat niet in februari 2025',
    ]);
    expect(problems({ 'zorgplicht:archiveRetentionDays': 0 })).toEqual([
      'zorgplicht:archiveRetentionDays: moet minstens 1 dag zijn',
    ]);
  });
});
