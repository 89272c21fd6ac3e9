import { check, rules, type FieldIssues } from '@planbord/domain';
import { planImport, type ImportSpec } from './plan';

interface Note {
  name: string;
  email: string;
}
/** A small kind of import for the machinery's own sake; the features' specs have their own tests. */
const notes: ImportSpec<Note> = {
  kind: 'notes',
  fields: [
    { key: 'name', synonyms: ['naam'], required: true },
    { key: 'email', synonyms: ['e-mail', 'mail'], required: true },
  ],
  read(cells) {
    const issues: FieldIssues = check(cells, {
      name: rules.text(80, { required: true }),
      email: rules.email({ required: true }),
    });
    return Object.keys(issues).length ? { issues } : { record: { name: cells.name, email: cells.email } };
  },
};
const context = { timeZone: 'Europe/Amsterdam', now: new Date('2031-01-01T00:00:00Z') };
const file = (text: string, bom = false) =>
  new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

describe('planImport', () => {
  it('reads every row and lists every row’s problems by row and field, writing nothing', () => {
    const plan = planImport(
      notes,
      file('Naam;E-mail\nAnna;anna@x.nl\n;geen-adres\nBram;bram@x.nl\n"open;x\n'),
      context,
    );
    expect(plan.delimiter).toBe(';');
    expect(plan.mapping).toEqual({ name: 'Naam', email: 'E-mail' });
    expect(plan.rowCount).toBe(4);
    expect(plan.rows.map((row) => [row.row, row.record])).toEqual([
      [2, { name: 'Anna', email: 'anna@x.nl' }],
      [4, { name: 'Bram', email: 'bram@x.nl' }],
    ]);
    expect(plan.problems).toEqual([
      { row: 3, field: 'name', issue: { code: 'required' } },
      { row: 3, field: 'email', issue: { code: 'invalidEmail' } },
      { row: 5, field: null, issue: { code: 'unclosedQuote' } },
    ]);
  });

  it('gives the same file the same hash and the same row the same key, with or without BOM and CRLF', () => {
    const a = planImport(notes, file('naam,mail\r\nAnna,anna@x.nl\r\n', true), context);
    const b = planImport(notes, file('naam,mail\nAnna,anna@x.nl\n'), context);
    const c = planImport(notes, file('mail;naam\n anna@x.nl ;Anna\nBram;bram@x.nl\n'), context);
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.contentHash).not.toBe(c.contentHash);
    expect(a.rows[0].key).toBe(b.rows[0].key);
    expect(c.rows[0].key).toBe(a.rows[0].key);
  });

  it('counts a row that repeats an earlier one of the same file once', () => {
    const plan = planImport(notes, file('naam,mail\nAnna,anna@x.nl\nAnna,anna@x.nl\n'), context);
    expect(plan.rows).toHaveLength(1);
    expect(plan.repeated).toBe(1);
  });

  it('takes a changed mapping, and says when a required field has no column', () => {
    const text = file('Wie,Adres,Mail\nAnna,Dorpsstraat 1,anna@x.nl\n');
    expect(planImport(notes, text, context).mappingIssues).toEqual([{ field: 'name', code: 'required' }]);
    const plan = planImport(notes, text, context, { name: 'Wie' });
    expect(plan.mappingIssues).toEqual([]);
    expect(plan.rows[0].record).toEqual({ name: 'Anna', email: 'anna@x.nl' });
  });
});
