// The demo district's own code. A real school site knows who is signed in and asks its own
// backend for a Tandem token (docs/auth.md); the demo uses the demo server's token route.
import { directionOf, setLocale } from '/cdn/tandem.js';

const params = new URLSearchParams(location.search);
if (params.has('embed')) document.documentElement.classList.add('embedded');

async function json(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

// ?as= names the person (Ms. García when it is missing or unknown). The token route also says
// who the token signs in, so the page asks once, not for the whole district first.
const signIn = (userId) =>
  json('/api/dev/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
const first = await signIn(params.get('as') ?? 'per_garcia').catch(() => signIn('per_garcia'));
const me = first.person;
const studentId = params.get('student') ?? me.studentIds[0];

// The family's language for the whole page (or ?lang=, the site's language menu): lang and dir
// on <html>, and Tandem's locale.
const language = params.get('lang') ?? me.language;
document.documentElement.lang = language;
document.documentElement.dir = directionOf(language);
await setLocale(language);

document.getElementById('signed-in').textContent = `Signed in as ${me.name} (${me.role}).`;

const provider = document.querySelector('tandem-provider');
// The first token is the one the page signed in with, while it has a minute left; then fresh ones.
let unused = first;
provider.tokenProvider = async () => {
  const ready = unused && Date.parse(unused.expiresAt) - Date.now() > 60_000 ? unused.token : null;
  unused = null;
  return ready ?? (await signIn(me.id)).token;
};
document.querySelector('tandem-goal-tracker').studentId = studentId;
const panel = document.querySelector('tandem-message-panel');
panel.studentId = studentId;
if (params.get('thread')) panel.threadId = params.get('thread');

document.querySelector('tandem-availability-picker').studentId = studentId;

// ?show=goals, messages or meetings: one widget only (the demo's side-by-side panes).
const show = params.get('show');
if (show) {
  for (const section of ['goals', 'messages', 'meetings']) document.getElementById(section).hidden = section !== show;
}
