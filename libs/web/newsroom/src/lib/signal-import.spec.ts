import { isImportFinished, mappingInput, percent, unmappedRequired, withColumn } from './signal-import';

const mapping = [
  { field: 'receivedAt', column: 'datum', required: true },
  { field: 'body', column: 'bericht', required: true },
  { field: 'authorName', column: 'auteur', required: false },
  { field: 'url', column: null, required: false },
];

describe('signal import mapping', () => {
  it('fills a field from another column and takes that column from the field that had it', () => {
    const changed = withColumn(mapping, 'url', 'auteur');
    expect(changed.find((entry) => entry.field === 'url')?.column).toBe('auteur');
    expect(changed.find((entry) => entry.field === 'authorName')?.column).toBeNull();
    expect(changed.find((entry) => entry.field === 'body')?.column).toBe('bericht');
  });

  it('leaves a field empty without touching the others', () => {
    const changed = withColumn(mapping, 'body', null);
    expect(unmappedRequired(changed)).toEqual(['body']);
    expect(changed.filter((entry) => entry.column === null)).toHaveLength(2);
  });

  it('gives the API the field and column only', () => {
    expect(mappingInput(mapping)[3]).toEqual({ field: 'url', column: null });
  });

  it('knows when an import is finished and clamps the percentage', () => {
    expect(isImportFinished('DONE')).toBe(true);
    expect(isImportFinished('FAILED')).toBe(true);
    expect(isImportFinished('RUNNING')).toBe(false);
    expect(percent(0.456)).toBe(46);
    expect(percent(1.2)).toBe(100);
    expect(percent(-1)).toBe(0);
  });
});
