import { eurosInput, parseEuros } from './euros';

describe('parseEuros', () => {
  it('reads amounts the Dutch and the English way into whole cents', () => {
    expect(parseEuros('5000')).toBe(500_000);
    expect(parseEuros('5.000')).toBe(500_000);
    expect(parseEuros('€ 1.500,50')).toBe(150_050);
    expect(parseEuros('1,500.5')).toBe(150_050);
    expect(parseEuros('12,5')).toBe(1_250);
    expect(parseEuros('0')).toBe(0);
  });

  it('refuses what is no amount', () => {
    for (const text of ['', 'vijf', '-5', '1,2345', '1.5.0', '12,']) expect(parseEuros(text)).toBeNull();
  });

  it('writes cents back so that they read the same', () => {
    for (const cents of [0, 500_000, 150_050, 1_205]) expect(parseEuros(eurosInput(cents, 'nl'))).toBe(cents);
    expect(eurosInput(150_050, 'en')).toBe('1500.50');
  });
});
