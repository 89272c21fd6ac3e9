import { parseFeed, plain } from './ingest.feed';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Reacties — Lindeveld Nieuws</title>
    <item>
      <title>Reactie op: Molenweg twee weken dicht</title>
      <link>https://nieuws.example/molenweg#reactie-1</link>
      <guid isPermaLink="false">reactie-1</guid>
      <dc:creator>Petra de Vries</dc:creator>
      <description><![CDATA[<p>De omleiding via de <b>Kerklaan</b> is levensgevaarlijk &amp; niet aangegeven.</p>]]></description>
      <pubDate>Tue, 02 Dec 2031 10:15:00 +0100</pubDate>
    </item>
    <item>
      <title>Bibliotheek open op zondag</title>
      <link>https://nieuws.example/bieb</link>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Raadsnieuws</title>
  <entry>
    <title type="html">Raad besluit over &lt;em&gt;afvalinzameling&lt;/em&gt;</title>
    <link rel="replies" href="https://raad.example/1/reacties"/>
    <link rel="alternate" href="https://raad.example/1"/>
    <id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id>
    <updated>2031-12-01T18:30:02Z</updated>
    <author><name>Griffie</name></author>
    <summary>De raad stemt in met het nieuwe inzamelrooster.</summary>
  </entry>
</feed>`;

describe('parseFeed', () => {
  it('reads an RSS 2.0 feed: guid as external id, creator, plain text of the description, the date', () => {
    const [first, second] = parseFeed(RSS);
    expect(first).toEqual({
      externalId: 'reactie-1',
      url: 'https://nieuws.example/molenweg#reactie-1',
      authorName: 'Petra de Vries',
      body: 'Reactie op: Molenweg twee weken dicht\n\nDe omleiding via de Kerklaan is levensgevaarlijk & niet aangegeven.',
      receivedAt: new Date('2031-12-02T09:15:00Z'),
    });
    // Without a guid the link identifies the item; without a description the title is the text.
    expect(second).toEqual({
      externalId: 'https://nieuws.example/bieb',
      url: 'https://nieuws.example/bieb',
      authorName: null,
      body: 'Bibliotheek open op zondag',
      receivedAt: null,
    });
  });

  it('reads an Atom feed: id, the alternate link, the author’s name', () => {
    expect(parseFeed(ATOM)).toEqual([
      {
        externalId: 'urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6',
        url: 'https://raad.example/1',
        authorName: 'Griffie',
        body: 'Raad besluit over afvalinzameling\n\nDe raad stemt in met het nieuwe inzamelrooster.',
        receivedAt: new Date('2031-12-01T18:30:02Z'),
      },
    ]);
  });

  it('reads an RSS 1.0 (RDF) feed', () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <item rdf:about="https://x.example/a"><title>A</title><link>https://x.example/a</link><dc:date>2031-01-02T03:04:05+01:00</dc:date></item>
    </rdf:RDF>`;
    expect(parseFeed(rdf)).toEqual([
      {
        externalId: 'https://x.example/a',
        url: 'https://x.example/a',
        authorName: null,
        body: 'A',
        receivedAt: new Date('2031-01-02T02:04:05Z'),
      },
    ]);
  });

  it('says so when a document is no feed', () => {
    expect(() => parseFeed('<html><body>Niet gevonden</body></html>')).toThrow('not a feed');
    expect(() => parseFeed('{"items": []}')).toThrow('not a feed');
  });

  it('keeps the entities of a document type within bounds', () => {
    const laughs = [
      '<!ENTITY a0 "ha">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`),
    ];
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [${laughs.join('')}]><rss><channel><item><title>&a9;</title><guid>1</guid></item></channel></rss>`;
    let body = '';
    try {
      body = parseFeed(xml)[0].body;
    } catch (error) {
      expect((error as Error).message).toMatch(/not a feed/);
    }
    expect(body.length).toBeLessThanOrEqual(100_000);
  });
});

describe('plain', () => {
  it('turns HTML into text', () => {
    expect(plain('<p>Een&nbsp;<a href="x">link</a></p><p>&#8364; 5 &#x263A;</p><script>alert(1)</script>')).toBe(
      'Een link\n€ 5 ☺',
    );
  });
});
