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

const { items: people } = await json('/api/dev/users');
const me = people.find((p) => p.id === params.get('as')) ?? people.find((p) => p.id === 'per_garcia') ?? people[0];
const studentId = params.get('student') ?? me.studentIds[0];

// The family's language for the whole page (or ?lang=, the site's language menu): lang and dir
// on <html>, and Tandem's locale.
const language = params.get('lang') ?? me.language;
document.documentElement.lang = language;
document.documentElement.dir = directionOf(language);
await setLocale(language);

document.getElementById('signed-in').textContent = `Signed in as ${me.name} (${me.role}).`;

const provider = document.querySelector('tandem-provider');
provider.tokenProvider = async () => {
  const { token } = await json('/api/dev/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: me.id }),
  });
  return token;
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
