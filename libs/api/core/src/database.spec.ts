import { types } from 'pg';
import { parseTimestamptz } from './database';

const general = types.getTypeParser(1184, 'text') as (text: string) => Date | number;

describe('parseTimestamptz', () => {
  it.each([
    '2027-03-01 08:30:00+00',
    '2027-03-01 08:30:00.5+00',
    '2027-03-01 08:30:00.123+00',
    '2027-03-01 08:30:00.123456+00',
    '2027-03-01 08:30:00.999999+00',
    '1900-01-01 00:00:00+00',
    '2199-12-31 23:59:59.000001+00',
    '2028-02-29 12:00:00+00',
  ])('reads %s as node-postgres does', (text) => {
    expect(parseTimestamptz(text).getTime()).toBe((general(text) as Date).getTime());
  });

  it.each([
    '2027-03-01 09:30:00+01',
    '2027-03-01 03:00:00-05:30',
    '0099-03-01 08:30:00+00',
    '12027-03-01 08:30:00+00',
    '0044-03-15 12:00:00+00 BC',
  ])('leaves %s to the general parser', (text) => {
    expect(parseTimestamptz(text).getTime()).toBe((general(text) as Date).getTime());
  });

  it('leaves infinity to the general parser', () => {
    expect(parseTimestamptz('infinity')).toBe(Infinity);
    expect(parseTimestamptz('-infinity')).toBe(-Infinity);
  });
});
