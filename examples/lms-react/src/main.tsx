import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// Where the Tandem server is: ?api=… (the CI check passes its own), else the demo's address.
const api = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:8787';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App api={api} educatorId="per_rivera" studentId="stu_mateo" />
  </StrictMode>,
);
