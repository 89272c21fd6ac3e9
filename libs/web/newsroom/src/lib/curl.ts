/** The request a monitoring tool or automation flow sends, ready to try in a terminal with the secret just shown. */
export function exampleCurl(origin: string, sourceId: string, secret: string): string {
  const body = JSON.stringify({
    signals: [
      {
        externalId: 'voorbeeld-1',
        source: 'FACEBOOK',
        authorName: 'Voorbeeld',
        body: 'De containers aan de Molenweg worden niet geleegd',
      },
    ],
  });
  return [
    `BODY='${body}'`,
    `SIG=$(printf '%s' "$BODY" | openssl dgst -sha256 -hmac '${secret}' | sed 's/^.* //')`,
    `curl -X POST '${origin}/ingest/${sourceId}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H "X-Planbord-Signature: sha256=$SIG" \\`,
    `  --data "$BODY"`,
  ].join('\n');
}
