/**
 * The Tandem token of the person signed in to the LMS. Here, the demo server's `/api/dev/tokens`
 * (demo mode only). In production your LMS backend mints it for its signed-in user with the
 * district's signing key and returns it to the page (docs/auth.md); the page never holds the key.
 */
export function tokenProvider(api: string, personId: string): () => Promise<string> {
  return async () => {
    const response = await fetch(new URL('/api/dev/tokens', api), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: personId }),
    });
    if (!response.ok) throw new Error(`The token service answered ${response.status}`);
    const { token } = (await response.json()) as { token: string };
    return token;
  };
}
