/** A first request with a new API token, ready to try in a terminal: who am I? */
export function apiTokenCurl(origin: string, token: string): string {
  return [
    `curl -X POST '${origin}/graphql' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H 'Authorization: Bearer ${token}' \\`,
    `  --data '{"query":"{ me { name role } }"}'`,
  ].join('\n');
}
