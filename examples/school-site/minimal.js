// The least a page needs: a token provider (here the demo server's token route, for ?as=).
// For the tests, ?lang= and ?student= stand in for what a real page would write in its HTML;
// this script runs before /cdn/tandem.js, so the widgets see them as they connect.
const params = new URLSearchParams(location.search);
if (params.has('lang')) document.documentElement.lang = params.get('lang');
if (params.has('student'))
  document.querySelector('tandem-goal-tracker').setAttribute('student-id', params.get('student'));
const userId = params.get('as') ?? 'per_garcia';
document.querySelector('tandem-provider').tokenProvider = async () => {
  const response = await fetch('/api/dev/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  return (await response.json()).token;
};
