// The person picker: family and school views of one child, each in its own page (one locale
// per page), both talking to the same demo server.
const { items: people } = await (await fetch('/api/dev/users')).json();
const byId = new Map(people.map((p) => [p.id, p]));
const params = new URLSearchParams(location.search);
const personSelect = document.getElementById('person');
const studentSelect = document.getElementById('student');

const roleLabel = { guardian: 'family', educator: 'educator', admin: 'administrator' };
for (const person of people) {
  const option = new Option(`${person.name} — ${roleLabel[person.role]}, ${person.language}`, person.id);
  personSelect.add(option);
}
personSelect.value = byId.has(params.get('as')) ? params.get('as') : 'per_garcia';

function show() {
  const person = byId.get(personSelect.value);
  const previous = studentSelect.value;
  studentSelect.replaceChildren(...person.studentIds.map((id) => new Option(id.replace('stu_', ''), id)));
  if (person.studentIds.includes(previous)) studentSelect.value = previous;
  const studentId = studentSelect.value;
  const family =
    person.role === 'guardian' ? person : people.find((p) => p.role === 'guardian' && p.studentIds.includes(studentId));
  const school =
    person.role === 'guardian' ? people.find((p) => p.role === 'educator' && p.studentIds.includes(studentId)) : person;
  const widget = document.getElementById('show').value;
  // Both panes open the same conversation: the demo seed names each family–educator thread
  // thr_<child>_<guardian>_<educator>.
  const thread =
    family && school
      ? `thr_${studentId.replace('stu_', '')}_${family.id.replace('per_', '')}_${school.id.replace('per_', '')}`
      : '';
  const view = (who) =>
    who ? `/?as=${who.id}&student=${studentId}&embed=1&show=${widget}&thread=${thread}` : 'about:blank';
  document.getElementById('family').src = view(family);
  document.getElementById('school').src = view(school);
  document.getElementById('family-title').textContent = `Family view: ${family?.name ?? 'nobody'}`;
  document.getElementById('school-title').textContent = `School view: ${school?.name ?? 'nobody'}`;
  history.replaceState(null, '', `?as=${person.id}&student=${studentId}&show=${widget}`);
}
personSelect.addEventListener('change', show);
studentSelect.addEventListener('change', show);
document.getElementById('show').addEventListener('change', show);
if (['goals', 'meetings'].includes(params.get('show'))) document.getElementById('show').value = params.get('show');
if (params.get('student')) {
  show();
  studentSelect.value = params.get('student');
}
show();
